// Browser side of the image export: the map's own SVG as markup, and an SVG document drawn into a
// canvas at 2× for the PNG. The SVG is loaded as a data: URL (the CSP allows data: images; a blob:
// URL would need the policy widened), and nothing leaves the page.
import type { FigurePicture } from './figure-image.ts';

/** The Leaflet map's SVG as a picture: its shapes and the hatch pattern, without Leaflet's CSS transform. */
export function svgPicture(svg: SVGSVGElement): FigurePicture | null {
  const viewBox = svg.getAttribute('viewBox');
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  if (!viewBox || !width || !height) return null;
  const serializer = new XMLSerializer();
  const markup = [...svg.childNodes].map((n) => serializer.serializeToString(n)).join('');
  return { kind: 'svg', markup, viewBox, width, height };
}

// Paint that a page's CSS gives an SVG (classes, custom properties) and a stand-alone image lacks.
const PAINT = ['fill', 'stroke', 'stroke-width', 'font-size', 'font-family', 'font-weight'] as const;

/**
 * An SVG drawn by the page itself (the interval chart) as a picture: its computed paint written
 * onto each element, since the image does not carry the page's style sheet.
 */
export function styledSvgPicture(svg: SVGSVGElement): FigurePicture | null {
  const viewBox = svg.getAttribute('viewBox');
  const [, , width, height] = (viewBox ?? '').split(/[\s,]+/).map(Number);
  if (!viewBox || !width || !height) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [...svg.querySelectorAll('*')];
  const to = [...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const p of PAINT) to[i]?.setAttribute(p, style.getPropertyValue(p));
  });
  const serializer = new XMLSerializer();
  const markup = [...clone.childNodes].map((n) => serializer.serializeToString(n)).join('');
  return { kind: 'svg', markup, viewBox, width, height };
}

/** The part of a Chart.js chart the snapshot needs (no import of Chart.js here). */
export interface SnapshotChart {
  width: number;
  height: number;
  options: { devicePixelRatio?: number };
  resize(): void;
}

/** A chart's own canvas as a picture, redrawn at `scale` for a sharp 2× image and put back. */
export function canvasPicture(chart: SnapshotChart, canvas: HTMLCanvasElement, scale = 2): FigurePicture {
  const { width, height } = chart;
  const before = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = scale;
  chart.resize();
  const href = canvas.toDataURL('image/png');
  chart.options.devicePixelRatio = before;
  chart.resize();
  return { kind: 'image', href, width, height };
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Draw an SVG document into a PNG `scale` times its size. Rejects if the browser cannot. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;base64,${utf8Base64(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}
