// A one-sheet Excel workbook (.xlsx) from rows of text: the few SpreadsheetML parts Excel,
// LibreOffice and xlsx-read.ts need, zipped by fflate (already the zip library of the data
// download). Text is stored as inline strings, never as formulas, so no text can run as one;
// canonical whole numbers are stored as numbers, so Excel sums them and flags no "number as text".
// Loaded only when a workbook is downloaded.
import { strToU8, zipSync } from 'fflate';

export type CellStyle = 'plain' | 'bold' | 'code';

export interface WorkbookSheet {
  /** Sheet tab name (at most 31 characters, none of []:*?/\). */
  name: string;
  rows: string[][];
  /** Column widths in characters. */
  widths?: number[];
  style?: (row: number, col: number) => CellStyle;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column index (0-based) as letters: 0 → A, 27 → AB. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** XML text: the five escapes, and characters XML cannot hold written as OOXML's `_xHHHH_` (a literal `_x` too). */
function xmlText(s: string): string {
  return s
    .replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_x005F_x')
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const NUMBER = /^(0|[1-9]\d{0,14})$/;
const STYLE_INDEX: Record<CellStyle, number> = { plain: 0, bold: 1, code: 2 };

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(sheet: WorkbookSheet): string {
  const cols = (sheet.widths ?? []).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const rows = sheet.rows.map((cells, r) => {
    const cs = cells.map((v, c) => {
      if (v === '') return '';
      const s = STYLE_INDEX[sheet.style?.(r, c) ?? 'plain'];
      const attrs = `r="${columnName(c)}${r + 1}"${s ? ` s="${s}"` : ''}`;
      return NUMBER.test(v) ? `<c ${attrs}><v>${v}</v></c>` : `<c ${attrs} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cs.join('')}</row>`;
  });
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

// Fonts: regular, bold, grey (the code cells); cell formats 0, 1, 2 use them in that order.
const STYLES = `${XML}<styleSheet xmlns="${NS}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FF6B6B6B"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The workbook's bytes. */
export function writeXlsx(sheet: WorkbookSheet): Uint8Array {
  const name = sheet.name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet1';
  const type = (part: string, t: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml"/>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${type('xl/workbook.xml', 'sheet.main')}${type('xl/worksheets/sheet1.xml', 'worksheet')}${type('xl/styles.xml', 'styles')}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml(sheet),
    'xl/styles.xml': STYLES,
  };
  // A fixed date (any within the zip format's 1980–2099, whatever the time zone) keeps the same workbook byte for byte the same.
  const mtime = new Date(1_000_000_000_000);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, [strToU8(v), { mtime }]])), { level: 6 });
}
