// The published-since figures (monitoring/published_since.csv) in the reader's words: the markers
// a chart draws, the columns of their table (with its download) and the lines they add to a
// chart's CSV. The grouping itself is lib/insights/published-since.ts.
import type { TranslationFunctions } from '../../i18n/i18n-types.ts';
import type { DatasetRow } from '../../lib/data/datasets.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { formatMeasure, MEASURES, type MeasureId } from '../../lib/measures/registry.ts';
import { nationalPoints, type SincePoint } from '../../lib/insights/published-since.ts';
import type { Column } from '../../lib/table/column.ts';
import { externalHref } from '../../lib/url/safe-link.ts';
import type { PublishedMark } from '../../components/charts/line-model.ts';

export type SinceRow = DatasetRow<'monitoring/published_since.csv'>;
export type SinceMeasure = MeasureId | 'respondents';

/** The document the figures are quoted in, by its file name only. */
const docName = (path: string) => path.split('/').pop() ?? path;

export const publishersOf = (p: SincePoint<SinceRow>): string => p.sources.map((s) => s.publisher).join(', ');

/** "86.7%" or "86.7% (“full satisfaction”)": the page's own word kept where it differs. */
export function valueText(f: Pick<SinceRow, 'measure' | 'value' | 'wording'>, tr: TranslationFunctions, loc: Locale): string {
  const id = f.measure as SinceMeasure;
  const v = id in MEASURES ? formatMeasure(id, f.value, loc) : String(f.value);
  return f.wording === 'full' ? `${v} (${tr.insights.since.fullWording()})` : v;
}

/** The chart's markers of one measure: one per distinct national value, each naming its pages and grade. */
export function sinceMarks(rows: readonly SinceRow[], measure: MeasureId, tr: TranslationFunctions, loc: Locale): PublishedMark[] {
  return nationalPoints(rows, measure).map((p) => {
    const first = p.figures[0]!;
    const publishers = publishersOf(p);
    return {
      id: first.figure_id,
      year: p.year,
      value: p.value,
      tag: tr.insights.since.tag({ value: formatMeasure(measure, p.value, loc), publishers, trust: p.trust }),
      label: tr.insights.since.label({ year: p.year, value: valueText(first, tr, loc), publishers, trust: p.trust }),
    };
  });
}

/** Lines for a chart's long CSV (name, id, year, value, source): each published value with its pages. */
export function sinceCsvLines(rows: readonly SinceRow[], measure: MeasureId, tr: TranslationFunctions): Array<{ name: string; id: string; year: number; value: number; source: string }> {
  return nationalPoints(rows, measure).map((p) => {
    const publishers = publishersOf(p);
    return {
      name: tr.insights.since.csvName({ publishers }),
      id: p.figures.map((f) => f.figure_id).join(' '),
      year: p.year,
      value: p.value,
      source: tr.insights.since.csvSource({ publishers, urls: p.sources.map((s) => s.url).join(' '), trust: p.trust }),
    };
  });
}

/** The figures a national table lists: the country's own, of the measures given, in the file's order. */
export function nationalFigures(rows: readonly SinceRow[], measures: readonly SinceMeasure[]): SinceRow[] {
  return rows.filter((r) => r.entity_kind === 'national' && r.stat === 'value' && (measures as readonly string[]).includes(r.measure));
}

function measureName(m: string, tr: TranslationFunctions): string {
  if (m === 'respondents') return tr.common.respondents();
  return m in MEASURES ? MEASURES[m as MeasureId].columnLabel(tr) : m;
}

/** The table of published figures (and its CSV): one row per page and figure. */
export function sinceColumns(tr: TranslationFunctions, loc: Locale): Column<SinceRow>[] {
  const c = tr.insights.since;
  return [
    { key: 'figure', label: c.colFigure(), cell: (r) => measureName(r.measure, tr), export: [{ header: c.colFigure(), value: (r) => measureName(r.measure, tr) }, { header: 'measure', value: (r) => r.measure }] },
    { key: 'year', label: c.colYear(), numeric: true, cell: (r) => String(r.year), export: [{ header: c.colYear(), value: (r) => r.year }] },
    { key: 'value', label: c.colValue(), numeric: true, cell: (r) => valueText(r, tr, loc), export: [{ header: c.colValue(), value: (r) => r.value }, { header: 'wording', value: (r) => r.wording ?? '' }] },
    {
      key: 'source',
      label: c.colSource(),
      cell: (r) => r.publisher,
      href: (r) => externalHref(r.source_url),
      export: [{ header: c.colSource(), value: (r) => r.publisher }, { header: 'url', value: (r) => r.source_url }],
    },
    { key: 'trust', label: c.colTrust(), cell: (r) => r.trust },
    { key: 'agreement', label: c.colAgreement(), cell: (r) => c.agreement[r.agreement as 'single' | 'agrees' | 'disagrees']() },
    {
      key: 'document',
      label: c.colDocument(),
      cell: (r) => c.docRef({ document: docName(r.document), table: r.document_table, row: r.document_row }),
      export: [{ header: c.colDocument(), value: (r) => c.docRef({ document: docName(r.document), table: r.document_table, row: r.document_row }) }, { header: 'figure_id', value: (r) => r.figure_id }],
    },
  ];
}
