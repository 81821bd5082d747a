// What #/control shows of a filed report, as plain rows: a grid of (row × period) cells for one
// applicant column, with blank, dash and zero kept apart; the rows of a section or a channel; the
// service sub-rows. Pure: the page only renders these and exports the same rows.
import { inLocale } from '../data/in-locale.ts';
import type { Locale } from '../i18n/locale.ts';
import type { DatasetRow } from '../data/datasets.ts';
import { comparePeriods } from './period.ts';

export type CellStatus = 'number' | 'zero' | 'dash' | 'blank';

/** A cell of report_cells.csv, as the app loads it (empty → null): its columns' types come from datapackage.json. */
// `applicant` stays a string: an official's own report reaches this view with the column as read
// (the validator names an unknown applicant; the view shows it), not only the package's two values.
export type ReportCellRow = Pick<
  DatasetRow<'control/report_cells.csv'>,
  'form' | 'reporter' | 'region_id' | 'period' | 'code' | 'service' | 'value' | 'status' | 'report_id' | 'printed_row'
> & { applicant: string | null };

/** A row of reference/control_rows.csv, the columns the view uses (types from datapackage.json). */
export type ReferenceRow = Pick<
  DatasetRow<'reference/control_rows.csv'>,
  'form_id' | 'order' | 'code' | 'printed' | 'parent_code' | 'section' | 'applicant_split' | 'label_kk' | 'label_ru' | 'label_en'
>;

/** A cell as shown: its status and, for a number, its value. A cell the report does not have is 'none'. */
export interface ShownCell {
  status: CellStatus | 'none';
  n: number | null;
}
const NONE: ShownCell = { status: 'none', n: null };

export interface GridRow {
  key: string;
  code: string;
  printed: string;
  service: string;
  /** 0 for a total, 1 for a part, 2 for a service sub-row. */
  depth: number;
  label: string;
  cells: ShownCell[];
}

export type Lang = Locale;

/** The report's periods in order: its months, then its quarter. */
export function periodsOf(cells: readonly ReportCellRow[]): string[] {
  return [...new Set(cells.map((c) => c.period))].sort(comparePeriods);
}

const cellKey = (code: string, service: string, applicant: string, period: string) => `${code}\u001f${service}\u001f${applicant}\u001f${period}`;

export interface ReportIndex {
  periods: string[];
  get(code: string, service: string, applicant: string, period: string): ShownCell;
  /** Services of a code in the order of the report. */
  services(code: string): string[];
}

export function indexReport(cells: readonly ReportCellRow[]): ReportIndex {
  const map = new Map<string, ShownCell>();
  const services = new Map<string, string[]>();
  for (const c of cells) {
    const service = c.service ?? '';
    map.set(cellKey(c.code, service, c.applicant ?? '', c.period), { status: c.status, n: c.value !== null && /^\d+$/.test(c.value) ? Number(c.value) : null });
    if (service !== '') {
      const list = services.get(c.code) ?? [];
      if (!list.includes(service)) list.push(service);
      services.set(c.code, list);
    }
  }
  return {
    periods: periodsOf(cells),
    get: (code, service, applicant, period) => map.get(cellKey(code, service, applicant, period)) ?? NONE,
    services: (code) => services.get(code) ?? [],
  };
}


/** Reference rows of a form, in form order, selected by a predicate. */
export function formRows(reference: readonly ReferenceRow[], form: string, pick: (r: ReferenceRow) => boolean): ReferenceRow[] {
  return reference.filter((r) => r.form_id === form && pick(r)).sort((a, b) => a.order - b.order);
}

/** One grid row per reference row (the row itself, not its services). */
export function gridRows(index: ReportIndex, rows: readonly ReferenceRow[], applicant: string, lang: Lang): GridRow[] {
  return rows.map((r) => ({
    key: r.code,
    code: r.code,
    printed: r.printed,
    service: '',
    depth: r.parent_code ? 1 : 0,
    label: inLocale(r, 'label', lang),
    cells: index.periods.map((p) => index.get(r.code, '', r.applicant_split ? applicant : '', p)),
  }));
}

/** One grid row per service sub-row of the given rows; `label` is the channel's label. */
export function serviceRows(index: ReportIndex, rows: readonly ReferenceRow[], applicant: string, lang: Lang): GridRow[] {
  return rows.flatMap((r) =>
    index.services(r.code).map((service) => ({
      key: `${r.code}|${service}`,
      code: r.code,
      printed: r.printed,
      service,
      depth: 2,
      label: inLocale(r, 'label', lang),
      cells: index.periods.map((p) => index.get(r.code, service, r.applicant_split ? applicant : '', p)),
    })),
  );
}

/** A cell as text: the number in the locale's format, the dash, a word for blank; '' when absent. */
export function cellText(cell: ShownCell, formatInt: (n: number) => string, words: { blank: string; dash: string }): string {
  switch (cell.status) {
    case 'number':
    case 'zero':
      return formatInt(cell.n ?? 0);
    case 'dash':
      return words.dash;
    case 'blank':
      return words.blank;
    default:
      return '';
  }
}

/** The value a cell sorts by: its number, a dash as 0; blank and absent last (null). */
export function cellSortValue(cell: ShownCell): number | null {
  return cell.status === 'dash' ? 0 : cell.n;
}

/** The value a cell exports as: a number stays a number; blank and dash as the words on screen. */
export function cellExport(cell: ShownCell, words: { blank: string; dash: string }): number | string | null {
  if (cell.status === 'number' || cell.status === 'zero') return cell.n;
  if (cell.status === 'dash') return words.dash;
  if (cell.status === 'blank') return words.blank;
  return null;
}

/** Counts of a grid's cells by status (for "n of m blank"). */
export function statusCounts(rows: readonly GridRow[]): Record<CellStatus | 'none', number> {
  const out = { number: 0, zero: 0, dash: 0, blank: 0, none: 0 };
  for (const r of rows) for (const c of r.cells) out[c.status]++;
  return out;
}

/**
 * How full a grid is: its cells with a value ("-" and 0 included) of the cells the form has
 * (a blank cell counts as a cell, not as filled; a cell the form lacks counts as neither).
 * The folded grids of #/control say it in their summary ("114 of 716 cells filled").
 */
export function filledCount(rows: readonly GridRow[]): { filled: number; cells: number } {
  const c = statusCounts(rows);
  const filled = c.number + c.zero + c.dash;
  return { filled, cells: filled + c.blank };
}
