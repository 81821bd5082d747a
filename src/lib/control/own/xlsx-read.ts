// An Excel workbook (.xlsx, Office Open XML) read as rows of cell text, in the Web Worker: fflate
// unzips it, saxen (a small SAX parser that needs no DOM, which a worker lacks) reads the XML.
// Only what a report needs is read: the sheets in workbook order, shared strings, each cell's
// text or number as stored. A formula is never evaluated: its cell reads "=" and the formula (as
// the same cell would in a CSV), so the validator names it instead of trusting a cached result.
// Dates, number formats and styles are not applied: a cell reads as Excel stores it.
import { unzipSync } from 'fflate';
import { Parser } from 'saxen';

export type XlsxReason = 'broken' | 'not_workbook' | 'too_large';

/** A zip that cannot be read as a workbook; the reason is named to the reader. */
export class XlsxError extends Error {
  constructor(readonly reason: XlsxReason) {
    super(`xlsx: ${reason}`);
  }
}

export interface SheetRow {
  /** 1-based row number in the sheet. */
  row: number;
  cells: string[];
}

export interface XlsxSheet {
  name: string;
  rows: SheetRow[];
}

/** No part of a report workbook is this large unpacked; a larger one is refused, not unpacked (a zip bomb). */
const MAX_PART = 256 * 1024 * 1024;

/** The local name of an element or attribute (`x:c` → `c`): some writers prefix the SpreadsheetML namespace. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (a literal `_x` as `_x005F_x`). */
const unescapeOoxml = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

/** Column letters of a cell reference (`AB12`) as a 0-based index; -1 when there are none. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
  }
  return i === 0 ? -1 : n - 1;
}

type Handlers = {
  open?: (name: string, attrs: () => Record<string, string>, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** Parse one XML part with local element names and decoded attribute values and text. */
function walk(xml: string, h: Handlers): void {
  const parser = new Parser();
  parser.on('error', () => {
    throw new XlsxError('broken');
  });
  parser.on('openTag', (name, attrs, decode, selfClosing) => {
    h.open?.(local(name), () => {
      // Cells' attributes (r, t, s) are plain: copied only when a name is prefixed or a value escaped.
      const raw = attrs();
      for (const k in raw) {
        if (k.includes(':') || (raw[k] as string).includes('&')) {
          const out: Record<string, string> = {};
          for (const [k2, v] of Object.entries(raw)) out[local(k2)] = decode(v);
          return out;
        }
      }
      return raw;
    }, selfClosing);
    if (selfClosing) h.close?.(local(name));
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (!selfClosing) h.close?.(local(name));
  });
  if (h.text) {
    const text = h.text;
    parser.on('text', (value, decode) => text(value.includes('&') ? decode(value) : value));
    parser.on('cdata', (value) => text(value));
  }
  parser.parse(xml);
}

/** Shared strings: each `<si>`'s text runs joined, phonetic hints (`<rPh>`) left out. */
function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  let cur: string[] | undefined;
  let inT = 0;
  let inPh = 0;
  walk(xml, {
    open: (n) => {
      if (n === 'si') cur = [];
      else if (n === 'rPh') inPh++;
      else if (n === 't') inT++;
    },
    close: (n) => {
      if (n === 'si' && cur) {
        out.push(unescapeOoxml(cur.join('')));
        cur = undefined;
      } else if (n === 'rPh') inPh--;
      else if (n === 't') inT--;
    },
    text: (s) => {
      if (cur && inT > 0 && inPh === 0) cur.push(s);
    },
  });
  return out;
}

/** A worksheet's rows, in order, each cell as text (see the file's note on formulas). */
function sheetRows(xml: string, strings: string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | undefined;
  let col = -1;
  // The cell being read: its type, where its text goes, and its parts.
  let type = '';
  let formula: string | undefined;
  let value = '';
  let inline: string[] = [];
  let into: 'f' | 'v' | 't' | undefined;
  let inPh = 0;
  walk(xml, {
    open: (n, attrs) => {
      if (n === 'row') {
        const r = Number(attrs().r);
        row = { row: Number.isInteger(r) && r > 0 ? r : (rows.at(-1)?.row ?? 0) + 1, cells: [] };
        col = -1;
      } else if (n === 'c') {
        const a = attrs();
        const c = a.r === undefined ? -1 : columnIndex(a.r);
        col = c >= 0 ? c : col + 1;
        type = a.t ?? 'n';
        formula = undefined;
        value = '';
        inline = [];
      } else if (n === 'f') {
        formula = '';
        into = 'f';
      } else if (n === 'v') into = 'v';
      else if (n === 'rPh') inPh++;
      else if (n === 't' && inPh === 0) into = 't';
    },
    close: (n) => {
      if (n === 'f' || n === 'v' || n === 't') into = undefined;
      else if (n === 'rPh') inPh--;
      else if (n === 'c' && row) {
        let text: string;
        // A dependent cell of a shared formula holds no text of its own: "=…" still says it is one.
        // (Excel stores a formula without its "="; some writers keep it.)
        if (formula !== undefined) text = formula.trim() === '' ? '=…' : formula.startsWith('=') ? formula : '=' + formula;
        else if (type === 's') text = strings[Number(value)] ?? '';
        else if (type === 'inlineStr') text = unescapeOoxml(inline.join(''));
        else if (type === 'b') text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
        else text = type === 'str' ? unescapeOoxml(value) : value;
        if (text !== '') {
          while (row.cells.length < col) row.cells.push('');
          row.cells[col] = text;
        }
      } else if (n === 'row' && row) {
        rows.push(row);
        row = undefined;
      }
    },
    text: (s) => {
      if (into === 'f') formula += s;
      else if (into === 'v') value += s;
      else if (into === 't') inline.push(s);
    },
  });
  return rows;
}

/** A path inside the package, from a relationship's target relative to its source's folder. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Relationship id → target part, of a part's `_rels/<name>.rels`. */
function relations(part: string, text: (p: string) => string | undefined): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf('/');
  const rels = text(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  if (rels === undefined) return out;
  walk(rels, {
    open: (n, attrs) => {
      if (n !== 'Relationship') return;
      const a = attrs();
      if (a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePart(part, a.Target) });
    },
  });
  return out;
}

/** Every worksheet of a workbook, in the workbook's order, as rows of cell text. */
export function readWorkbook(bytes: Uint8Array): XlsxSheet[] {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        if (f.originalSize > MAX_PART) tooLarge = true;
        return f.originalSize <= MAX_PART;
      },
    });
  } catch {
    throw new XlsxError('broken');
  }
  const decoder = new TextDecoder('utf-8');
  const text = (p: string) => {
    const b = files[p];
    return b === undefined ? undefined : decoder.decode(b);
  };
  const office = [...relations('', text).values()].find((r) => r.type.endsWith('/officeDocument'));
  const bookPart = office?.target ?? 'xl/workbook.xml';
  const book = text(bookPart);
  if (book === undefined) throw new XlsxError(tooLarge ? 'too_large' : 'not_workbook');
  const rels = relations(bookPart, text);
  const sheets: Array<{ name: string; part: string | undefined }> = [];
  walk(book, {
    open: (n, attrs) => {
      if (n !== 'sheet') return;
      const a = attrs();
      sheets.push({ name: a.name ?? '', part: a.id === undefined ? undefined : rels.get(a.id)?.target });
    },
  });
  const sstPart = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? resolvePart(bookPart, 'sharedStrings.xml');
  const strings = sharedStrings(text(sstPart));
  const out: XlsxSheet[] = [];
  for (const s of sheets) {
    // A chart sheet or a missing part holds no cells.
    const xml = s.part === undefined ? undefined : text(s.part);
    if (xml === undefined) {
      if (tooLarge) throw new XlsxError('too_large');
      continue;
    }
    out.push({ name: s.name, rows: sheetRows(xml, strings) });
  }
  return out;
}
