// The one Chart.js lifecycle of Sapa's charts (LineChart, PointChart): Chart.js loaded lazily and
// the chart created when its canvas first comes on screen (or the page is printed), updated in
// place, an update of a chart off screen kept until it is seen, redrawn at paper size with print
// fonts while the page prints and back after, destroyed with its component.
//
//   const life = new ChartLife(() => config(), () => [plugin]);
//   onMount(() => life.attach(canvas));     // returns the teardown
//   $effect(() => life.update(config()));  // on every change of what the config reads
import type { Chart as ChartType, ChartConfiguration, Plugin } from 'chart.js';
import { isPrinting, onPrint, watchOnScreen, whenOnScreen } from '../../lib/schedule/when-on-screen.ts';
import { loadChartSetup, loadedChartSetup, type ChartSetup } from './chart-module.ts';
import { canvasPicture } from '../../lib/export/render-image.ts';
import type { FigurePicture } from '../../lib/export/figure-image.ts';
import { PRINT_CHART_WIDTH_PX, PRINT_TICK_PX, withFontSize } from './print-fonts.ts';

type LineConfig = ChartConfiguration<'line'>;
export type ChartStatus = 'loading' | 'ready' | 'failed';

export class ChartLife {
  status: ChartStatus = $state('loading');
  /** Tick font size in CSS px as drawn now (for tests: the print size must be legible). */
  tickPx: number | null = $state(null);
  /** The value scales the drawn chart has, comma-separated (for the tests: never a second axis). */
  valueAxes = $state('');
  #chart: ChartType<'line'> | undefined;
  #canvas: HTMLCanvasElement | undefined;
  #pending: LineConfig | null = null;
  #onScreen = true;
  #printing = false;
  /** Options are replaced only when this key changes (Chart.js keeps its elements otherwise). */
  #appliedKey: string | null = null;
  #pendingKey: string | null = null;

  constructor(
    private readonly initial: () => LineConfig,
    private readonly plugins: () => Plugin<'line'>[] = () => [],
  ) {}

  /** Creates the chart when the canvas comes on screen; returns the teardown (onMount's return). */
  attach(canvas: HTMLCanvasElement): () => void {
    this.#canvas = canvas;
    let gone = false;
    const create = (Chart: ChartSetup['Chart']) => {
      if (gone || this.#chart) return;
      const cfg = this.#pending ?? this.initial();
      this.#pending = null;
      this.#appliedKey = this.#pendingKey;
      this.#chart = new Chart(canvas, { ...this.#decorate(cfg), plugins: this.plugins() });
      if (this.#printing) this.#resize(this.#chart);
      this.#noteTicks();
      this.status = 'ready';
    };
    const draw = () => {
      // Chart.js already loaded (another chart of the page drew): create it now, in this task. A
      // chart first asked for by the print dialog must be drawn before the page is laid out on
      // paper, which does not wait for a module to load.
      const ready = loadedChartSetup();
      if (ready) {
        try {
          create(ready.Chart);
        } catch {
          if (!gone) this.status = 'failed';
        }
        return;
      }
      loadChartSetup()
        .then(({ Chart }) => create(Chart))
        .catch(() => {
          if (!gone) this.status = 'failed';
        });
    };
    // A chart first built while the page prints is drawn at once, at print size.
    this.#printing = isPrinting();
    const cancelDraw = whenOnScreen(canvas, draw);
    const stopWatching = watchOnScreen(canvas, (on) => {
      this.#onScreen = on;
      if (on) this.flush();
    });
    // Chart.js does not resize for print by itself (its docs: hook beforeprint and resize).
    const printing = (on: boolean) => {
      if (this.#printing === on) return;
      this.#printing = on;
      this.#redraw();
    };
    const stopPrint = onPrint(
      () => printing(true),
      () => printing(false),
    );
    return () => {
      gone = true;
      cancelDraw();
      stopWatching();
      stopPrint();
      this.#chart?.destroy();
      this.#chart = undefined;
    };
  }

  /**
   * A new configuration: applied in place now if the chart is on screen, else when it is seen.
   * `optionsKey` names what the options depend on; the options are replaced only when it changes
   * (without one, on every update).
   */
  update(cfg: LineConfig, optionsKey?: string): void {
    this.#pending = cfg;
    this.#pendingKey = optionsKey ?? null;
    if (this.#chart && this.#onScreen) this.flush();
  }

  /** Applies a waiting update (before an export, or when the chart comes on screen). */
  flush(): void {
    const chart = this.#chart;
    const cfg = this.#pending;
    if (!chart || !cfg) return;
    this.#pending = null;
    const data = chart.data;
    data.labels = cfg.data.labels ?? [];
    cfg.data.datasets.forEach((d, i) => {
      const current = data.datasets[i];
      if (current) Object.assign(current, d);
      else data.datasets.push(d);
    });
    data.datasets.length = cfg.data.datasets.length;
    if (this.#pendingKey === null || this.#pendingKey !== this.#appliedKey) {
      this.#appliedKey = this.#pendingKey;
      chart.options = this.#decorate(cfg).options ?? {};
      this.#lastOptions = cfg.options ?? {};
    }
    chart.update('none');
    this.#noteTicks();
  }

  /** The chart's canvas redrawn at `scale` (a sharp 2× image), or null before it is drawn. */
  snapshot(scale = 2): FigurePicture | null {
    if (!this.#chart || !this.#canvas || this.status !== 'ready') return null;
    this.flush();
    return canvasPicture(this.#chart, this.#canvas, scale);
  }

  #lastOptions: LineConfig['options'] | null = null;

  #decorate(cfg: LineConfig): LineConfig {
    this.#lastOptions = cfg.options ?? {};
    return this.#printing ? { ...cfg, options: withFontSize(cfg.options ?? {}, PRINT_TICK_PX) } : cfg;
  }

  /** Print fonts on or off, and the canvas resized to its box (the paper's width in print). */
  #redraw(): void {
    const chart = this.#chart;
    if (!chart) return;
    this.flush();
    const options = this.#lastOptions ?? {};
    chart.options = this.#printing ? withFontSize(options, PRINT_TICK_PX) : options;
    this.#resize(chart);
    chart.update('none');
    this.#noteTicks();
  }

  /**
   * The canvas resized to its box; while printing but not yet laid out for paper (the print
   * dialog's beforeprint: the box still has the screen's width), to the paper's width at the box's
   * height, so the print fonts are not shrunk with a screen-wide canvas.
   */
  #resize(chart: ChartType<'line'>): void {
    const box = this.#canvas?.parentElement;
    const laidOutForPrint = typeof matchMedia === 'function' && matchMedia('print').matches;
    if (this.#printing && box && !laidOutForPrint) chart.resize(PRINT_CHART_WIDTH_PX, box.clientHeight);
    else chart.resize();
  }

  #noteTicks(): void {
    const y = this.#chart?.options.scales?.['y'] as { ticks?: { font?: { size?: number } } } | undefined;
    const size = y?.ticks?.font && typeof y.ticks.font === 'object' ? y.ticks.font.size : undefined;
    this.tickPx = size ?? 12;
    this.valueAxes = Object.keys(this.#chart?.scales ?? {}).filter((k) => k !== 'x').join(',');
  }
}
