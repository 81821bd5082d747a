// Where a row comes from, as structured columns (see data/README.md, "Provenance"): the report's
// year, the kind of part (a numbered table, a lettered appendix, the text of a numbered section)
// and its number. The app renders them in the reader's language with src/lib/data/source-label.ts.

/** The year of the monitoring report every figure of data/ comes from today. */
export const REPORT_YEAR = 2020;

export interface SourceRef {
  source_report: number;
  source_kind: 'table' | 'appendix' | 'section';
  source_number: string;
}

export const fromTable = (n: number | string): SourceRef => ({ source_report: REPORT_YEAR, source_kind: 'table', source_number: String(n) });
export const fromAppendix = (letter: 'A' | 'B'): SourceRef => ({ source_report: REPORT_YEAR, source_kind: 'appendix', source_number: letter });
export const fromSectionText = (section: string): SourceRef => ({ source_report: REPORT_YEAR, source_kind: 'section', source_number: section });

/** English words for error messages of the scripts ("table 9", "appendix A"). */
export function describeRef(ref: SourceRef): string {
  return `${ref.source_kind} ${ref.source_number}`;
}
