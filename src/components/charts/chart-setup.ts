// The only module that imports Chart.js. LineChart loads it with import(), so Chart.js lands in a
// lazy chunk and never weighs on the first page load. Registration is tree-shaken: only the pieces
// a line chart needs. Tooltips and legends are HTML next to the canvas (they never cover the
// chart on a phone), so neither plugin is registered.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type Plugin } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

/** An inline plugin drawing a vertical dashed line at every series break (positions on the category axis, e.g. 1.5 = halfway between the 2nd and 3rd label). */
export function breakLinesPlugin(positions: () => readonly number[], colour: string): Plugin<'line'> {
  return {
    id: 'sapaBreakLines',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      const list = positions();
      if (!x || list.length === 0) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      ctx.setLineDash([5, 4]);
      for (const p of list) {
        const lo = Math.floor(p);
        const px = (x.getPixelForValue(lo) + x.getPixelForValue(lo + 1)) / 2;
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

// System fonts, as the rest of the page.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";
Chart.defaults.color = '#4a5361';

export { Chart };
