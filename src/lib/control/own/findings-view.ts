// What the findings of a loaded file show: the filter (severity, rule, code or label), the
// findings of a kind that repeats cell by cell (a blank cell: a filed report can hold hundreds)
// grouped into one entry with its count and its cells, and the rest as table rows. Pure, so the
// view only draws it and the download writes every finding (grouped or not) one a line.
import type { Finding, FindingKind } from '../validate.ts';
import { columnName } from './xlsx-write.ts';

/** Where a finding's cell is: the sheet cell ("G18") of a template or a workbook's template, else the line (sheet row) as a number. */
export function cellAddress(f: Pick<Finding, 'line' | 'col'>): { cell: string } | { line: number } {
  return f.col === undefined ? { line: f.line } : { cell: columnName(f.col) + f.line };
}

/** Kinds shown as one group with a count and a list of their cells, not a table row each. */
export const GROUPED_KINDS: readonly FindingKind[] = ['blank'];

export interface FindingFilter {
  severity: 'all' | 'error' | 'warning';
  /** '' for every rule. */
  kind: FindingKind | '';
  /** Part of a code or a label, any case. */
  search: string;
}

export interface FindingGroup {
  kind: FindingKind;
  severity: Finding['severity'];
  /** Rows the group stands for (a finding may stand for several, as an unknown code does). */
  count: number;
  findings: Finding[];
}

/** Cells of a group on one row of a report (its periods, each a finding), listed as one line. */
export interface CellRow {
  /** The first finding of the row (its line, code, label, column). */
  first: Finding;
  periods: string[];
  /** Every finding of the row, one a period (each with its own line and column: its cell). */
  cells: Finding[];
}

const SEP = '\u001f';

/** A group's findings a report row at a time, in order of first appearance: a template's blank row is one line, not four. */
export function cellRows(findings: readonly Finding[]): CellRow[] {
  const rows = new Map<string, CellRow>();
  for (const f of findings) {
    const k = f.form + SEP + f.reporter + SEP + f.region_id + SEP + f.code + SEP + f.applicant + SEP + f.service;
    const row = rows.get(k);
    if (row) {
      row.periods.push(f.period);
      row.cells.push(f);
    } else rows.set(k, { first: f, periods: [f.period], cells: [f] });
  }
  return [...rows.values()];
}

export function findingMatches(f: Finding, filter: FindingFilter): boolean {
  if (filter.severity !== 'all' && f.severity !== filter.severity) return false;
  if (filter.kind !== '' && f.kind !== filter.kind) return false;
  const q = filter.search.trim().toLowerCase();
  return q === '' || f.code.toLowerCase().includes(q) || f.label.toLowerCase().includes(q);
}

/** The findings that pass the filter, in their order: grouped kinds apart (in GROUPED_KINDS order), the rest as rows. */
export function splitFindings(all: readonly Finding[], filter: FindingFilter): { groups: FindingGroup[]; rows: Finding[]; matched: Finding[] } {
  const byKind = new Map<FindingKind, FindingGroup>();
  const rows: Finding[] = [];
  const matched: Finding[] = [];
  for (const f of all) {
    if (!findingMatches(f, filter)) continue;
    matched.push(f);
    if (!GROUPED_KINDS.includes(f.kind)) {
      rows.push(f);
      continue;
    }
    let g = byKind.get(f.kind);
    if (!g) {
      g = { kind: f.kind, severity: f.severity, count: 0, findings: [] };
      byKind.set(f.kind, g);
    }
    g.count += f.count;
    g.findings.push(f);
  }
  const groups = GROUPED_KINDS.map((k) => byKind.get(k)).filter((g): g is FindingGroup => g !== undefined);
  return { groups, rows, matched };
}

/** The rules a file broke, most rows first, for the rule filter: from the file's counts of all its findings (the kept list may be capped). */
export function kindsByCount(byKind: Readonly<Record<string, number>>): Array<{ kind: FindingKind; count: number }> {
  return Object.entries(byKind)
    .map(([kind, count]) => ({ kind: kind as FindingKind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
