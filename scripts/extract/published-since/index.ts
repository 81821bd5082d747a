// monitoring/published_since.csv: the survey figures published since the 2020 report, read from
// ../shared/published/MONITORING-SINCE-2020.md. Each number of a value cell becomes one row with
// what it measures (codes), the form the quoted sentence prints it in, its page, its trust grade and
// where it sits in the document (table and row). No sentence is copied: the build only checks that
// the sentence prints each number (a number derived from the words, like a rank "after two
// regions", is marked so). The mapping below says what each row of the document measures; a row
// that changes its words or its count of numbers fails the build rather than being misread.
import { columnsOf } from '../../schema/datapackage.ts';
import { agreementOf } from '../../../src/lib/insights/published-since.ts';
import { toCsv } from '../lib/csv.ts';
import { findPrinted, readDoc, writtenNumbersOf, type DocRow } from './doc.ts';

export const DOCUMENT = 'published/MONITORING-SINCE-2020.md';

type Kind = 'national' | 'region' | 'regions' | 'bodies';
interface Out {
  kind: Kind;
  entity?: string;
  subset?: 'high_scoring' | 'above_threshold' | 'best_three' | 'lowest_three';
  measure: 'avg_score' | 'satisfaction_pct' | 'respondents' | 'rank' | 'rated' | 'count';
  stat?: 'value' | 'min' | 'max' | 'more_than';
  wording?: 'full';
  note?: 'survey_unstated' | 'rank_from_order';
}
interface Spec {
  table: number;
  row: number;
  figure: string;
  /** One per number of the value cell, in order. */
  value: Out[];
  /** One per number of the figure cell ("17 of 20 regions"), null for a number not taken. */
  fromFigure?: Array<Out | null>;
}

const KZ = { kind: 'national', entity: 'kz' } as const;
const EAST = { kind: 'region', entity: 'east_kazakhstan' } as const;

export const SPECS: Spec[] = [
  { table: 1, row: 1, figure: 'average score, 1–5', value: [{ ...KZ, measure: 'avg_score' }] },
  { table: 1, row: 2, figure: 'satisfaction, %', value: [{ ...KZ, measure: 'satisfaction_pct' }] },
  { table: 1, row: 3, figure: 'average score, 1–5', value: [{ ...KZ, measure: 'avg_score' }] },
  { table: 1, row: 4, figure: 'full satisfaction, %', value: [{ ...KZ, measure: 'satisfaction_pct', wording: 'full' }] },
  { table: 1, row: 5, figure: 'average score, 1–5', value: [{ ...KZ, measure: 'avg_score' }] },
  { table: 1, row: 6, figure: 'respondents', value: [{ ...KZ, measure: 'respondents', note: 'survey_unstated' }] },
  { table: 2, row: 1, figure: 'regions rated', value: [{ kind: 'regions', measure: 'rated' }] },
  {
    table: 2,
    row: 2,
    figure: '17 of 20 regions scored between',
    value: [
      { kind: 'regions', subset: 'high_scoring', measure: 'avg_score', stat: 'min' },
      { kind: 'regions', subset: 'high_scoring', measure: 'avg_score', stat: 'max' },
    ],
    fromFigure: [{ kind: 'regions', subset: 'high_scoring', measure: 'count' }, null],
  },
  { table: 2, row: 3, figure: 'East Kazakhstan region: score, satisfaction', value: [{ ...EAST, measure: 'avg_score' }, { ...EAST, measure: 'satisfaction_pct' }] },
  { table: 2, row: 4, figure: 'East Kazakhstan region: rank', value: [{ ...EAST, measure: 'rank', note: 'rank_from_order' }] },
  {
    table: 2,
    row: 5,
    figure: 'central bodies rated',
    value: [
      { kind: 'bodies', measure: 'rated' },
      { kind: 'bodies', subset: 'above_threshold', measure: 'count' },
      { kind: 'bodies', subset: 'above_threshold', measure: 'avg_score', stat: 'more_than' },
    ],
  },
  {
    table: 2,
    row: 6,
    figure: 'best three bodies',
    value: [
      { kind: 'bodies', subset: 'best_three', measure: 'avg_score', stat: 'min' },
      { kind: 'bodies', subset: 'best_three', measure: 'avg_score', stat: 'max' },
    ],
  },
  {
    table: 2,
    row: 7,
    figure: 'lowest three bodies',
    value: [
      { kind: 'bodies', subset: 'lowest_three', measure: 'avg_score', stat: 'min' },
      { kind: 'bodies', subset: 'lowest_three', measure: 'avg_score', stat: 'max' },
    ],
  },
];

/** The site of a page, as its publisher's name ("news.mail.ru", "lada.kz"). */
export const publisherOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

export type SinceRow = Record<string, string | number>;

function rowsOf(doc: DocRow, spec: Spec, year: number): SinceRow[] {
  const where = `published since: table ${doc.table} row ${doc.row} ("${doc.figure}")`;
  if (doc.figure !== spec.figure) throw new Error(`${where}: expected "${spec.figure}"; the mapping in scripts/extract/published-since needs a look`);
  if (!/^[ABCD]$/.test(doc.trust)) throw new Error(`${where}: trust "${doc.trust}" is not A–D`);
  const fromValue = writtenNumbersOf(doc.value);
  if (fromValue.length !== spec.value.length) throw new Error(`${where}: value "${doc.value}" has ${fromValue.length} numbers, the mapping ${spec.value.length}`);
  const fromFigure = writtenNumbersOf(doc.figure);
  if (spec.fromFigure && fromFigure.length !== spec.fromFigure.length) throw new Error(`${where}: ${fromFigure.length} numbers in the figure's words, the mapping ${spec.fromFigure.length}`);
  const pairs: Array<[string, Out]> = [
    ...fromFigure.flatMap((w, i) => (spec.fromFigure?.[i] ? [[w, spec.fromFigure[i]] as [string, Out]] : [])),
    ...fromValue.map((w, i) => [w, spec.value[i]!] as [string, Out]),
  ];
  const publisher = publisherOf(doc.url);
  return pairs.map(([written, out]) => {
    const printed = findPrinted(doc.sentence, written);
    const derived = out.note === 'rank_from_order';
    if (printed === null && !derived) throw new Error(`${where}: ${written} is not printed in its sentence`);
    const stat = out.stat ?? 'value';
    const id = [year, out.entity ?? out.kind, out.subset, out.measure, stat === 'value' ? '' : stat, out.wording, publisher.replace(/[^a-z0-9]+/g, '_')].filter(Boolean).join('_');
    return {
      figure_id: id,
      year,
      entity_kind: out.kind,
      entity_id: out.entity ?? '',
      subset: out.subset ?? '',
      measure: out.measure,
      stat,
      value: Number(written.replace(/,/g, '')),
      printed: derived ? '' : (printed ?? ''),
      wording: out.wording ?? '',
      trust: doc.trust,
      publisher,
      source_url: doc.url,
      agreement: '',
      note: out.note ?? '',
      document: DOCUMENT,
      document_table: doc.table,
      document_row: doc.row,
    };
  });
}

/** The rows of monitoring/published_since.csv from the document's text. */
export function sinceRows(text: string): SinceRow[] {
  const docRows = readDoc(text);
  const rows: SinceRow[] = [];
  for (const spec of SPECS) {
    const doc = docRows.find((d) => d.table === spec.table && d.row === spec.row);
    if (!doc) throw new Error(`published since: table ${spec.table} row ${spec.row} ("${spec.figure}") is missing from the document`);
    const year = Number(doc.heading.match(/^(\d{4})\b/)?.[1]);
    if (!Number.isInteger(year)) throw new Error(`published since: table ${spec.table} sits under "${doc.heading}", which names no year`);
    rows.push(...rowsOf(doc, spec, year));
  }
  const unmapped = docRows.filter((d) => !SPECS.some((s) => s.table === d.table && s.row === d.row));
  if (unmapped.length > 0) throw new Error(`published since: rows without a mapping: ${unmapped.map((d) => `table ${d.table} row ${d.row} ("${d.figure}")`).join('; ')}`);
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(String(r.figure_id))) throw new Error(`published since: figure ${r.figure_id} twice`);
    ids.add(String(r.figure_id));
  }
  const agreement = agreementOf(rows.map((r) => ({ ...r, entity_id: String(r.entity_id), subset: String(r.subset) }) as unknown as Parameters<typeof agreementOf>[0][number]));
  return rows.map((r) => ({ ...r, agreement: agreement.get(String(r.figure_id)) ?? 'single' }));
}

export function publishedSinceFile(text: string): Map<string, string> {
  return new Map([['monitoring/published_since.csv', toCsv(columnsOf('publishedSince'), sinceRows(text))]]);
}
