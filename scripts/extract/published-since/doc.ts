// Reading ../shared/published/MONITORING-SINCE-2020.md: its tables (one per "## " section) as rows
// of cells, each row with its page address and its sentence resolved ("same page", "lada.kz page
// above", "same sentence", "sentence above" point at earlier rows or at an address in the text),
// and the numbers of a value cell. Pure: text in, rows out; any surprise throws.

export interface DocRow {
  /** 1-based number of the table in the document and of the row in its table (header excluded). */
  table: number;
  row: number;
  heading: string;
  figure: string;
  value: string;
  trust: string;
  url: string;
  sentence: string;
}

const URL_RE = /https?:\/\/[^\s|)]+/g;

/** Every page address in the document, in order. */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_RE)].map((m) => m[0].replace(/[.,;]+$/, ''));
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** The tables of the document with each row's page and sentence resolved. */
export function readDoc(text: string): DocRow[] {
  const urls = urlsIn(text);
  const out: DocRow[] = [];
  let heading = '';
  let table = 0;
  let header: string[] | null = null;
  let row = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('## ')) heading = line.slice(3).trim();
    if (!line.trim().startsWith('|')) {
      header = null;
      continue;
    }
    const cells = cellsOf(line);
    if (header === null) {
      header = cells.map((c) => c.toLowerCase());
      table += 1;
      row = 0;
      const want = ['figure', 'value', 'trust', 'page', 'sentence'];
      if (header.join(',') !== want.join(',')) throw new Error(`published since: table ${table} has columns ${header.join(', ')}, expected ${want.join(', ')}`);
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    row += 1;
    const [figure = '', value = '', trust = '', page = '', sentence = ''] = cells;
    const url = resolvePage(page, out, urls, table, row);
    out.push({ table, row, heading, figure, value, trust, url, sentence: resolveSentence(sentence, url, out, table, row) });
  }
  return out;
}

function resolvePage(page: string, earlier: DocRow[], urls: string[], table: number, row: number): string {
  const direct = page.match(URL_RE)?.[0];
  if (direct) return direct;
  const where = `published since: table ${table} row ${row}`;
  if (/^same( page)?$/.test(page)) {
    const prev = earlier[earlier.length - 1];
    if (!prev) throw new Error(`${where}: "same page" with no row before it`);
    return prev.url;
  }
  // "lada.kz page above": the address of that site given earlier in the document.
  const site = page.match(/^([a-z0-9.-]+\.[a-z]{2,}) page above$/)?.[1];
  if (site) {
    const url = urls.find((u) => hostOf(u) === site || hostOf(u).endsWith(`.${site}`));
    if (url) return url;
  }
  throw new Error(`${where}: page "${page}" is not an address nor a reference to one`);
}

/** The quoted sentence of a cell, or the latest earlier sentence of the same page. */
function resolveSentence(cell: string, url: string, earlier: DocRow[], table: number, row: number): string {
  const quoted = cell.match(/^"(.+?)"(?:\s|$)/)?.[1];
  if (quoted) return quoted;
  const where = `published since: table ${table} row ${row}`;
  if (!/^(same|same sentence|sentence above)$/.test(cell)) throw new Error(`${where}: sentence "${cell}" is neither quoted nor a reference to one`);
  const prev = [...earlier].reverse().find((r) => r.url === url);
  if (!prev) throw new Error(`${where}: "${cell}" but no earlier sentence of ${url}`);
  return prev.sentence;
}

/** How a number of the document (dot decimals, as in its value cell) may be printed in a Russian sentence. */
export function printedForms(written: string): string[] {
  const n = Number(written.replace(/,/g, ''));
  const comma = (s: string) => s.replace('.', ',');
  const forms = [comma(written.replace(/,(?=\d{3})/g, ' ')), comma(written.replace(/,(?=\d{3})/g, '')), comma(written)];
  if (/\.0+$/.test(written)) forms.push(written.replace(/\.0+$/, ''));
  // "12,7 тысячи": thousands in words.
  if (n >= 1000) forms.push(`${comma(String(n / 1000))} тыс`);
  return [...new Set(forms)];
}

/** The numbers of a value cell as written there, in order. */
export function writtenNumbersOf(value: string): string[] {
  const bare = value.replace(/\(.*?\)/g, ' ');
  return [...bare.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

/**
 * Where the sentence prints a number: the form found (for the `printed` column). A number must be
 * found as a whole number, not inside a longer one ("4,8" inside "4,88" does not count).
 */
export function findPrinted(sentence: string, written: string): string | null {
  for (const form of printedForms(written)) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = sentence.match(new RegExp(`(?<![\\d,.])${escaped}(?![\\d]|,\\d)`));
    if (m) {
      // "тыс" is completed to the word as printed ("тысячи").
      if (form.endsWith(' тыс')) return sentence.slice(m.index ?? 0).match(/^\S+ тыс\S*/)?.[0] ?? form;
      return form;
    }
  }
  return null;
}
