// The image of a chart or the map as a journalist takes it away: one SVG document holding the
// title, the subtitle (scope, year, measure), a legend, the figure itself, the source line and
// "Sapa · date". Pure string building: every text goes through escapeXml, so a hostile name in
// the data stays text in the file. The PNG is this same SVG drawn at 2× (render-image.ts).
import { escapeXml } from './escape-xml.ts';
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';

export interface LegendItem {
  label: string;
  colour: string;
  /** A dashed line (a reference series); the map's classes are plain swatches. */
  dashed?: boolean;
  /** Drawn hatched: "no data". */
  hatch?: boolean;
  /** A lone hollow marker, no line (a figure published outside the series). */
  point?: boolean;
}

/** The figure's own picture: a chart's canvas as a PNG data URL, or the map's SVG markup. */
export type FigurePicture =
  | { kind: 'image'; href: string; width: number; height: number }
  | { kind: 'svg'; markup: string; viewBox: string; width: number; height: number };

export interface FigureText {
  title: string;
  subtitle: string;
  /** The source line, already in words (lib/data/source-label.ts). */
  source: string;
  /** "Sapa · 29.11.2026" in the reader's language. */
  credit: string;
  /**
   * The notes the screen shows under the figure (a series break, a change of method), in the
   * reader's language: an image without them would join what must not be joined.
   */
  notes?: readonly FigureNote[];
}

/** A note under the figure; a series break is marked by the dash the chart draws there. */
export interface FigureNote {
  text: string;
  break?: boolean;
}

/**
 * Break text into lines of at most `maxChars` characters, at spaces where possible (a word
 * longer than a line is cut). An estimate: the image uses a system font whose widths we cannot
 * measure without a canvas, and an average glyph is about 0.55–0.6 of the font size (more in bold).
 */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let w = word;
    while (w.length > maxChars) {
      if (line) lines.push(line);
      lines.push(w.slice(0, maxChars));
      w = w.slice(maxChars);
      line = '';
    }
    if (!w) continue;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const INK = '#1b1f24';
const SOFT = '#4a5361';
const PAD = 24;
const HATCH_ID = 'sapa-image-hatch';

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

/** The whole image as an SVG document of `width` CSS pixels; its height follows the content. */
export function composeFigureSvg(text: FigureText, picture: FigurePicture, legend: readonly LegendItem[] = [], width = 960): { svg: string; width: number; height: number } {
  const inner = width - 2 * PAD;
  // Bold Cyrillic runs wider than the average glyph: the title is estimated at 0.66 of its size.
  const chars = (size: number, bold = false) => Math.max(10, Math.floor(inner / (size * (bold ? 0.66 : 0.58))));
  const parts: string[] = [];
  let y = PAD;

  const title = wrapLines(text.title, chars(22, true));
  parts.push(textLines(title, PAD, y + 22, 22, 28, `font-weight="700" fill="${INK}"`));
  y += title.length * 28 + 4;
  const subtitle = wrapLines(text.subtitle, chars(15));
  parts.push(textLines(subtitle, PAD, y + 15, 15, 20, `fill="${SOFT}"`));
  y += subtitle.length * 20 + 10;

  // The legend: one row of items that wraps like the HTML legend does.
  if (legend.length > 0) {
    let x = PAD;
    const rowHeight = 22;
    y += 4;
    for (const item of legend) {
      const labelWidth = Math.ceil(item.label.length * 13 * 0.55);
      const itemWidth = 34 + labelWidth + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += rowHeight;
      }
      const mid = y + 8;
      const colour = escapeXml(item.colour);
      if (item.hatch) parts.push(`<rect x="${x}" y="${mid - 7}" width="26" height="14" fill="url(#${HATCH_ID})" stroke="${SOFT}" stroke-width="0.5"/>`);
      else if (item.point) parts.push(`<circle cx="${x + 13}" cy="${mid}" r="5" fill="#fff" stroke="${colour}" stroke-width="2.5"/>`);
      else if (item.dashed !== undefined) {
        parts.push(`<line x1="${x}" y1="${mid}" x2="${x + 26}" y2="${mid}" stroke="${colour}" stroke-width="2.5"${item.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
        parts.push(`<circle cx="${x + 13}" cy="${mid}" r="3.5" fill="${colour}"/>`);
      } else parts.push(`<rect x="${x}" y="${mid - 7}" width="26" height="14" fill="${colour}" stroke="${SOFT}" stroke-width="0.5"/>`);
      parts.push(`<text x="${x + 32}" y="${mid + 4.5}" font-size="13" fill="${INK}">${escapeXml(item.label)}</text>`);
      x += itemWidth;
    }
    y += rowHeight + 6;
  }

  // The figure, scaled to the image's width (never enlarged past 1.5×, a blurry chart helps nobody).
  const scale = Math.min(inner / picture.width, 1.5);
  const w = Math.round(picture.width * scale);
  const h = Math.round(picture.height * scale);
  const x = PAD + Math.round((inner - w) / 2);
  if (picture.kind === 'image') parts.push(`<image x="${x}" y="${y}" width="${w}" height="${h}" href="${escapeXml(picture.href)}" preserveAspectRatio="xMidYMid meet"/>`);
  else parts.push(`<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${escapeXml(picture.viewBox)}" preserveAspectRatio="xMidYMid meet">${picture.markup}</svg>`);
  y += h + 14;

  // Each note under the figure; a break is marked by the dash the chart draws there.
  for (const note of text.notes ?? []) {
    const lines = wrapLines(note.text, chars(13) - 3);
    if (note.break) parts.push(`<line x1="${PAD}" y1="${y + 9}" x2="${PAD + 12}" y2="${y + 9}" stroke="${SOFT}" stroke-width="1.5" stroke-dasharray="3 2"/>`);
    parts.push(textLines(lines, PAD + 18, y + 13, 13, 18, `fill="${INK}"`));
    y += lines.length * 18 + 4;
  }
  if ((text.notes ?? []).length > 0) y += 6;

  const source = wrapLines(text.source, chars(13));
  parts.push(textLines(source, PAD, y + 13, 13, 18, `fill="${SOFT}"`));
  y += source.length * 18 + 4;
  parts.push(`<text x="${PAD}" y="${y + 13}" font-size="13" font-weight="700" fill="${INK}">${escapeXml(text.credit)}</text>`);
  y += 18 + PAD;

  const height = Math.ceil(y);
  const defs =
    `<defs><pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">` +
    `<rect width="8" height="8" fill="#eeeeee"/><line x1="0" y1="0" x2="0" y2="8" stroke="#8a8a8a" stroke-width="3"/></pattern></defs>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(text.title)}</title>${defs}<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** What a figure gives for its image (a chart's or the map's menu figure). */
export interface ImageFigure {
  title: string;
  subtitle: string;
  /** The source in words, without the "Source:" prefix; '' for none. */
  source: string;
  legend?: readonly LegendItem[];
  notes?: () => readonly FigureNote[];
}

/**
 * The image of a figure in the reader's language, dated `date` (its local day): the one place the
 * download menu and the golden-image tests make it, so a fixed date gives the same bytes.
 */
export function figureImageSvg(figure: ImageFigure, picture: FigurePicture, tr: TranslationFunctions, locale: Locale, date: Date): { svg: string; width: number; height: number } {
  return composeFigureSvg(
    {
      title: figure.title,
      subtitle: figure.subtitle,
      source: figure.source ? tr.toolkit.sourcePrefix({ source: figure.source }) : '',
      credit: tr.toolkit.credit({ date: formatDate(date, locale) }),
      notes: figure.notes?.() ?? [],
    },
    picture,
    figure.legend ?? [],
  );
}

/** The image's file name from the table's CSV name: "sapa-map-leb-…-en.csv" → "sapa-map-leb-…-en.png". */
export function imageFileName(csvFileName: string, ext: 'png' | 'svg'): string {
  return `${csvFileName.replace(/\.csv$/i, '')}.${ext}`;
}
