// Chart.js (with Sapa's registrations, chart-setup.ts), loaded once for every chart of the page
// and known synchronously once loaded: a chart first asked for by the print dialog must be drawn
// in that task, before the page is laid out on paper, which does not wait for a module to load.
/** Chart.js with Sapa's registrations: the module every chart draws with. */
export type ChartSetup = typeof import('./chart-setup.ts');

let loaded: ChartSetup | undefined;

/** Chart.js if a chart of the page has loaded it already, else undefined. */
export function loadedChartSetup(): ChartSetup | undefined {
  return loaded;
}

/** Chart.js, loaded on first call. */
export function loadChartSetup(): Promise<ChartSetup> {
  return loaded ? Promise.resolve(loaded) : import('./chart-setup.ts').then((m) => (loaded = m));
}
