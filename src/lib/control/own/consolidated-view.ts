// A consolidated report on screen, in the form's own layout: the rows of its filled template
// (template.ts, the one home of that layout, filled by worked-example.ts's fillFromCells), each month and quarter cell with how many of the
// summed reports had it and how many left it blank. The download is the template itself.
import { comparePeriods, monthsOfQuarter, parsePeriod } from '../period.ts';
import type { ConsolidatedCell } from './consolidate.ts';
import { TEMPLATE_CODES } from './interchange.ts';

export type Slot = 'm1' | 'm2' | 'm3' | 'q';

export interface SheetCell {
  value: string;
  /** Reports that have this cell, and how many of them left it blank. */
  reports: number;
  blank: number;
}

export interface SheetLine {
  printed: string;
  label: string;
  service: string;
  code: string;
  applicant: string;
  /** One per slot of the sheet; undefined where no report had the cell. */
  cells: Array<SheetCell | undefined>;
}

const SEP = '\u001f';
const SLOTS: readonly Slot[] = ['m1', 'm2', 'm3', 'q'];

/** The period of a slot of a quarter: its first, second or third month, or the quarter itself. */
export function slotPeriod(quarter: string, slot: Slot): string {
  const p = parsePeriod(quarter);
  if (p?.kind !== 'quarter') throw new Error(`not a quarter: ${quarter}`);
  return slot === 'q' ? quarter : monthsOfQuarter(p.year, p.quarter)[Number(slot[1]) - 1] as string;
}

/** The template's data rows (after its code row) with each cell's coverage, for the table on screen. */
export function consolidatedLines(rows: readonly string[][], cells: readonly ConsolidatedCell[], quarter: string): { slots: Slot[]; lines: SheetLine[] } {
  const codeRow = rows.findIndex((r) => r.includes(TEMPLATE_CODES.code));
  if (codeRow < 0) throw new Error('consolidated view: the rows have no code row');
  const head = rows[codeRow] as string[];
  const slotCols = SLOTS.map((s) => ({ slot: s, col: head.indexOf(TEMPLATE_CODES[s]) })).filter((x) => x.col >= 0);
  const codeCol = head.indexOf(TEMPLATE_CODES.code);
  const applicantCol = head.indexOf(TEMPLATE_CODES.applicant);
  const at = new Map(cells.map((c) => [[c.row.code, c.row.applicant, c.row.service, c.row.period].join(SEP), c]));
  const lines = rows.slice(codeRow + 1).map((r) => {
    const code = r[codeCol] ?? '';
    const applicant = r[applicantCol] ?? '';
    const service = r[2] ?? '';
    return {
      printed: r[0] ?? '',
      label: r[1] ?? '',
      service,
      code,
      applicant,
      cells: slotCols.map(({ slot }) => {
        const c = at.get([code, applicant, service, slotPeriod(quarter, slot)].join(SEP));
        return c && { value: c.row.value, reports: c.reports, blank: c.blank };
      }),
    };
  });
  return { slots: slotCols.map((x) => x.slot), lines };
}

/**
 * What a consolidation can be asked for, from the counted reports: their forms; the regions of the
 * chosen form; the quarters of the chosen form (and region, when one is chosen), oldest first.
 */
export function consolidationChoices(reports: readonly { form: string; region_id: string; quarter: string }[], form: string, region: string): { forms: string[]; regions: string[]; quarters: string[] } {
  const forms = new Set<string>();
  const regions = new Set<string>();
  const quarters = new Set<string>();
  for (const r of reports) {
    forms.add(r.form);
    if (r.form !== form) continue;
    if (r.region_id !== '') regions.add(r.region_id);
    if (region === '' || r.region_id === region) quarters.add(r.quarter);
  }
  return { forms: [...forms].sort(), regions: [...regions].sort(), quarters: [...quarters].sort(comparePeriods) };
}
