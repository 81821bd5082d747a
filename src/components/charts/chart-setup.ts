// The only module that imports Chart.js. ChartLife (chart-life.svelte.ts) loads it with import(), so Chart.js lands in a
// lazy chunk and never weighs on the first page load. Registration is tree-shaken: only the pieces
// a line chart needs. Tooltips and legends are HTML next to the canvas (they never cover the
// chart on a phone), so neither plugin is registered.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

// System fonts, as the rest of the page.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
Chart.defaults.color = '#4a5361';

export { Chart };
