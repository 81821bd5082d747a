// Provenance of a row, as the datasets store it (see data/README.md, "Provenance"): the report's
// year, the kind of part (a numbered table, a lettered appendix, the text of a numbered section)
// and its number, plus, in monitoring/services.csv, the table that gives the respondents. The one
// place that turns it into words, in the reader's language, through the i18n dictionaries.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';

export type SourceKind = 'table' | 'appendix' | 'section';

export interface SourceRef {
  source_report: number;
  source_kind: SourceKind;
  source_number: string;
  /** A second table of the same report giving the row's `respondents` (null: the row's own source). */
  respondents_table?: number | null;
}

/** The provenance columns of a dataset row (rows carry other columns too). */
export function sourceOf(row: SourceRef): SourceRef {
  const ref: SourceRef = { source_report: row.source_report, source_kind: row.source_kind, source_number: row.source_number };
  if (row.respondents_table !== undefined && row.respondents_table !== null) ref.respondents_table = row.respondents_table;
  return ref;
}

function keyOf(ref: SourceRef): string {
  return `${ref.source_report}|${ref.source_kind}|${ref.source_number}|${ref.respondents_table ?? ''}`;
}

/** Distinct sources, in first-seen order. */
export function uniqueSources(refs: Iterable<SourceRef | null | undefined>): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of refs) if (r && !seen.has(keyOf(r))) seen.set(keyOf(r), sourceOf(r));
  return [...seen.values()];
}

function appendixLetter(letter: string, t: TranslationFunctions): string {
  if (letter === 'A') return t.common.appendixLetterA();
  if (letter === 'B') return t.common.appendixLetterB();
  return letter;
}

/** "2020 report, table 8; respondents: table 1" in the language of `t`. */
export function sourceLabel(ref: SourceRef, t: TranslationFunctions): string {
  const report = String(ref.source_report);
  const number = ref.source_number;
  const main =
    ref.source_kind === 'table'
      ? t.common.sourceTable({ report, number })
      : ref.source_kind === 'appendix'
        ? t.common.sourceAppendix({ report, letter: appendixLetter(number, t) })
        : t.common.sourceSection({ report, number });
  if (ref.respondents_table === undefined || ref.respondents_table === null) return main;
  return t.common.sourceWithRespondents({ source: main, table: String(ref.respondents_table) });
}

/** Several sources as one label, without repeats: "…, table 11; …, appendix B". */
export function sourceLabels(refs: Iterable<SourceRef | null | undefined>, t: TranslationFunctions): string {
  return uniqueSources(refs).map((r) => sourceLabel(r, t)).join('; ');
}
