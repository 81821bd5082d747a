// Seed 000 (a filled quarterly report, Q3 2021, markdown tables) → one tidy row per value cell.
// Every value cell is kept, blank ones included: blank is not zero (the Rules forbid blank cells
// and ask for "-"). A printed row the crosswalk does not know, a non-numeric cell, a duplicated
// row or a row wider than its table fails with the file and line; nothing is dropped silently.
import type { FormId, RowDef } from './forms.ts';

export type CellStatus = 'number' | 'zero' | 'dash' | 'blank';

export interface ReportCell {
  form: FormId;
  reporter: string;
  region_id: string;
  period: string;
  code: string;
  applicant: '' | 'individual' | 'legal';
  service: string;
  value: string;
  status: CellStatus;
  report_id: string;
  printed_row: string;
  service_no: string;
  source_line: number;
  /** '' normally; 'absent' when the source row is shorter than its table (a missing trailing cell). */
  cell: '' | 'absent';
}

export interface FiledReportMeta {
  file: string;
  report_id: string;
  form: FormId;
  reporter: string;
  region_id: string;
}

export class ExtractError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

const PRINTED = /^\d+(\.\d+)*$/;
const strip = (s: string) => s.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map(strip);
}

function parseValue(raw: string, where: () => never): { value: string; status: CellStatus } {
  if (raw === '') return { value: '', status: 'blank' };
  if (raw === '-' || raw === '–' || raw === '—') return { value: '-', status: 'dash' };
  if (/^\d+$/.test(raw)) return { value: String(Number(raw)), status: Number(raw) === 0 ? 'zero' : 'number' };
  return where();
}

/** The quarter of the report, from its header ("2021 жылдың 3 тоқсаны"). */
function quarterOf(text: string, file: string): { year: number; q: number } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /(\d{4}) жылдың (\d) тоқсаны/.exec(lines[i] ?? '');
    if (m) {
      const q = Number(m[2]);
      if (q < 1 || q > 4) throw new ExtractError(file, i + 1, `quarter ${q} out of range`);
      return { year: Number(m[1]), q };
    }
  }
  throw new ExtractError(file, 1, 'no quarter header ("YYYY жылдың N тоқсаны") found');
}

export function extractFiledReport(text: string, meta: FiledReportMeta, rows: readonly RowDef[]): ReportCell[] {
  const { file } = meta;
  const { year, q } = quarterOf(text, file);
  const months = [1, 2, 3].map((k) => `${year}-${String((q - 1) * 3 + k).padStart(2, '0')}`);
  const periods = [...months, `${year}-Q${q}`];
  const byPrinted = new Map<string, RowDef>();
  for (const r of rows) {
    const p = r.printed[meta.form];
    if (p !== undefined) byPrinted.set(p, r);
  }

  const out: ReportCell[] = [];
  const seen = new Set<string>();
  let width = 0; // cells per row of the current table
  let inTable = false;
  let current: { def: RowDef; printed: string } | undefined;
  let serviceMode = false;
  let lastService = 0;

  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? '').trim();
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = splitRow(line);
    if (!inTable) {
      inTable = true;
      width = cells.length;
    }
    if (/^\|[\s|:-]+\|$/.test(line) && line.includes('-')) continue; // |---|---| separator
    const fail = (msg: string): never => {
      throw new ExtractError(file, lineNo, msg);
    };
    if (cells.length > width) fail(`row has ${cells.length} cells, its table ${width}`);
    const [no = '', label = '', ...values] = cells;
    const number = no.replace(/\.$/, '');
    const hasDigits = values.some((v) => /^[\d\s]+$/.test(v));

    if (!/^\d/.test(no)) {
      if (no === '' && /атауы/i.test(label)) {
        // "Мемлекеттік қызметтің атауы": the numbered rows that follow are services of the current row.
        if (!current || current.def.service_dim === '') fail(`service caption under row ${current?.printed ?? '(none)'}, which has no service sub-rows`);
        serviceMode = true;
        lastService = 0;
      }
      if (hasDigits) fail(`values in a row without a row number: "${label.slice(0, 60)}"`);
      continue; // header rows (№, month names, individual / legal)
    }
    if (!PRINTED.test(number)) {
      if (hasDigits) fail(`unreadable row number "${no.slice(0, 60)}"`);
      continue; // a section heading such as "1. Бақылау …"
    }

    let def: RowDef;
    let service = '';
    let serviceNo = '';
    if (serviceMode && /^\d+$/.test(number) && Number(number) === lastService + 1 && current) {
      // Service sub-rows are numbered 1, 2, … under their channel row: "12" under 12.3 is a service.
      lastService = Number(number);
      def = current.def;
      service = label;
      serviceNo = number;
      if (service === '') fail('a service sub-row without a name');
    } else {
      const found = byPrinted.get(number);
      if (!found) fail(`printed row ${number} is not in the crosswalk of ${meta.form}`);
      def = found as RowDef;
      current = { def, printed: number };
      serviceMode = false;
    }

    const expected = def.applicant_split ? 8 : 4;
    if (width - 2 !== expected) fail(`row ${number} (${def.code}) needs ${expected} value columns, its table has ${width - 2}`);
    for (let k = 0; k < expected; k++) {
      const absent = k >= values.length;
      const raw = absent ? '' : (values[k] ?? '');
      const { value, status } = parseValue(raw, () => fail(`non-numeric cell "${raw}" in row ${number}`));
      const period = periods[def.applicant_split ? Math.floor(k / 2) : k] as string;
      const applicant = def.applicant_split ? (k % 2 === 0 ? 'individual' : 'legal') : '';
      const key = [period, def.code, applicant, service].join('\u0001');
      if (seen.has(key)) fail(`duplicated row: ${def.code} ${period} ${applicant} ${service}`);
      seen.add(key);
      out.push({
        form: meta.form,
        reporter: meta.reporter,
        region_id: meta.region_id,
        period,
        code: def.code,
        applicant,
        service,
        value,
        status,
        report_id: meta.report_id,
        printed_row: current.printed,
        service_no: serviceNo,
        source_line: lineNo,
        cell: absent ? 'absent' : '',
      });
    }
  }
  return out;
}
