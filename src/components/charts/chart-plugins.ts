// Inline Chart.js plugins of Sapa's charts. Plain objects (a type import of Chart.js only), so a
// chart component can make them before Chart.js itself is loaded (chart-setup.ts).
import type { Plugin } from 'chart.js';

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

/**
 * A break mark (two short slanted strokes) across the foot of the value axis when the axis does
 * not start at the scale's floor: a fitted axis is never cut silently.
 */
export function axisBreakPlugin(cut: () => boolean, colour: string): Plugin<'line'> {
  return {
    id: 'sapaAxisBreak',
    afterDraw(chart) {
      if (!cut()) return;
      const y = chart.scales['y'];
      if (!y) return;
      const { ctx, chartArea } = chart;
      const x0 = chartArea.left;
      const y0 = chartArea.bottom - 6;
      ctx.save();
      // A white gap in the axis line, then the two strokes across it.
      ctx.fillStyle = '#fff';
      ctx.fillRect(x0 - 6, y0 - 5, 12, 8);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([]);
      for (const dy of [-3, 3]) {
        ctx.beginPath();
        ctx.moveTo(x0 - 6, y0 + dy + 3);
        ctx.lineTo(x0 + 6, y0 + dy - 3);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/**
 * Tags beside lone markers (figures published outside the series): drawn to the left of each
 * marker, pushed apart where two would overlap (line-model.ts spreadTags), in the marker's colour.
 */
export function pointTagsPlugin(tags: () => ReadonlyArray<{ datasetIndex: number; text: string; colour: string }>, spread: (ys: number[], gap: number) => number[]): Plugin<'line'> {
  return {
    id: 'sapaPointTags',
    afterDatasetsDraw(chart) {
      const list = tags();
      if (list.length === 0) return;
      const points = list.map((tag) => {
        const el = chart.getDatasetMeta(tag.datasetIndex).data.find((p) => !(p as unknown as { skip?: boolean }).skip && Number.isFinite(p.y));
        return el ? { tag, x: el.x, y: el.y } : null;
      }).filter((p): p is NonNullable<typeof p> => p !== null);
      if (points.length === 0) return;
      const { ctx, chartArea } = chart;
      const size = Math.max(11, Math.round(chart.height / 24));
      const ys = spread(points.map((p) => p.y), size + 3);
      ctx.save();
      ctx.font = `600 ${size}px system-ui, sans-serif`;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      points.forEach((p, i) => {
        const y = Math.min(Math.max(ys[i]!, chartArea.top + size / 2), chartArea.bottom - size / 2);
        // A white halo keeps the tag legible over grid lines.
        ctx.lineWidth = 3;
        ctx.strokeStyle = '#fff';
        ctx.strokeText(p.tag.text, p.x - 10, y);
        ctx.fillStyle = p.tag.colour;
        ctx.fillText(p.tag.text, p.x - 10, y);
      });
      ctx.restore();
    },
  };
}
