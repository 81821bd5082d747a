// Figures published since the last report Sapa has as data (monitoring/published_since.csv): values
// quoted by news pages, each with its page and a trust grade. They are never survey microdata and
// never a continuation of the yearly series: the views show them as separate points, and where two
// sources give different values for the same thing, as two points, each with its sources.
// Pure: used by the extractor (the `agreement` column) and the views alike.

export type TrustGrade = 'A' | 'B' | 'C' | 'D';
export type Agreement = 'single' | 'agrees' | 'disagrees';

/** The columns that say what a figure is and where it comes from (a row of published_since.csv). */
export interface SinceFigure {
  figure_id: string;
  year: number;
  entity_kind: string;
  entity_id: string | null;
  subset: string | null;
  measure: string;
  stat: string;
  value: number;
  trust: string;
  publisher: string;
  source_url: string;
}

/** What a figure measures, whoever published it: figures with one key are the same quantity. */
export function quantityKey(f: Pick<SinceFigure, 'year' | 'entity_kind' | 'entity_id' | 'subset' | 'measure' | 'stat'>): string {
  return [f.year, f.entity_kind, f.entity_id ?? '', f.subset ?? '', f.measure, f.stat].join('|');
}

/**
 * Per figure: 'single' (the only source of its quantity), 'agrees' (other pages print the same
 * value) or 'disagrees' (some page prints another value).
 */
export function agreementOf(figures: readonly SinceFigure[]): Map<string, Agreement> {
  const values = new Map<string, Set<number>>();
  const counts = new Map<string, number>();
  for (const f of figures) {
    const k = quantityKey(f);
    values.set(k, (values.get(k) ?? new Set()).add(f.value));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Map(
    figures.map((f) => {
      const k = quantityKey(f);
      const agreement: Agreement = (values.get(k)?.size ?? 0) > 1 ? 'disagrees' : (counts.get(k) ?? 0) > 1 ? 'agrees' : 'single';
      return [f.figure_id, agreement];
    }),
  );
}

export interface SinceSource {
  figure_id: string;
  publisher: string;
  url: string;
  trust: TrustGrade;
}

/** One value as published: several pages that print the same value make one point. */
export interface SincePoint<F extends SinceFigure = SinceFigure> {
  year: number;
  value: number;
  figures: F[];
  sources: SinceSource[];
  /** The best grade among its sources (A best). */
  trust: TrustGrade;
  /** Another page prints a different value for the same quantity. */
  disputed: boolean;
}

const GRADES: readonly TrustGrade[] = ['A', 'B', 'C', 'D'];
const gradeOf = (g: string): TrustGrade => (GRADES as readonly string[]).includes(g) ? (g as TrustGrade) : 'D';

/**
 * The national points of one measure (stat 'value', entity 'kz'), one per distinct value per year,
 * ordered by year then by value (highest first), each with every page that prints it.
 */
export function nationalPoints<F extends SinceFigure>(figures: readonly F[], measure: string): SincePoint<F>[] {
  const mine = figures.filter((f) => f.entity_kind === 'national' && f.measure === measure && f.stat === 'value');
  const byKey = new Map<string, F[]>();
  for (const f of mine) {
    const k = `${f.year}|${f.value}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const points = [...byKey.values()].map((group) => {
    const first = group[0]!;
    const trust = GRADES.find((g) => group.some((f) => gradeOf(f.trust) === g)) ?? 'D';
    return {
      year: first.year,
      value: first.value,
      figures: group,
      sources: group.map((f) => ({ figure_id: f.figure_id, publisher: f.publisher, url: f.source_url, trust: gradeOf(f.trust) })),
      trust,
      disputed: mine.some((f) => f.year === first.year && f.value !== first.value),
    };
  });
  return points.sort((a, b) => a.year - b.year || b.value - a.value);
}

/** The years of the published points, for a chart that shows them after its own years. */
export function pointYears(points: ReadonlyArray<{ year: number }>): number[] {
  return [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
}

/**
 * A chart's categories: its own years, then every year up to the newest published point, so the
 * years with nothing published stay visible as a gap (never a line across them).
 */
export function yearsThrough(years: readonly number[], points: ReadonlyArray<{ year: number }>): number[] {
  const last = years[years.length - 1];
  const newest = Math.max(...pointYears(points));
  if (last === undefined || !Number.isFinite(newest) || newest <= last) return [...years];
  const out = [...years];
  for (let y = last + 1; y <= newest; y += 1) out.push(y);
  return out;
}
