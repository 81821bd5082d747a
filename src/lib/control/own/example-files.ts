// The example set as files a user could have loaded: one interchange CSV per reporter, written by
// the one interchange writer, so that "Try with example reports" goes the same way as a user's
// own files (blob → worker → IndexedDB). Its inputs come from the published data: the regions and
// their periods (reference/regions.csv) and the filed report's monthly "services delivered"
// (control/report_cells.csv), the one real magnitude the made-up figures are scaled on.
import { BOM, INTERCHANGE_DIALECT } from '../../csv/write.ts';
import type { ControlReference } from '../reference.ts';
import type { RegionInput } from '../regions.ts';
import { exampleSet } from './example-set.ts';
import { interchangeHeader, interchangeLine } from './interchange.ts';

/** The region left without reports, so that "no data" shows on the map (any one would do). */
export const EXAMPLE_REGION_WITHOUT_REPORTS = 'mangystau';

/** A cell of the filed report (control/report_cells.csv), the columns read here. */
export interface FiledCell {
  period: string;
  code: string;
  applicant?: string | null;
  value?: string | number | null;
}

/**
 * The filed report's mean monthly count of services delivered to individuals:
 * months 58524, 58376, 66506 → 61135.33… (quarter rows and blank cells left out).
 */
export function monthlyDelivered(cells: readonly FiledCell[]): number {
  const months = cells.filter((c) => c.code === 'delivered.total' && c.applicant === 'individual' && /^\d{4}-\d{2}$/.test(c.period) && c.value !== null && c.value !== undefined && c.value !== '' && Number.isFinite(Number(c.value)));
  if (months.length === 0) throw new Error('example set: the filed report has no monthly services delivered');
  return months.reduce((s, c) => s + Number(c.value), 0) / months.length;
}

export interface ExampleText {
  name: string;
  text: string;
}

/** The example set's files, as interchange CSV texts (BOM, header, CRLF), one per reporter. */
export function exampleTexts(reference: ControlReference, regions: readonly RegionInput[], delivered: number): ExampleText[] {
  const files = exampleSet({
    reference,
    regions: regions.map((r) => ({ id: r.region_id, validFrom: r.valid_from ?? '', validTo: r.valid_to ?? '' })),
    monthlyDelivered: delivered,
    regionWithoutReports: EXAMPLE_REGION_WITHOUT_REPORTS,
  });
  const nl = INTERCHANGE_DIALECT.newline;
  return files.map((f) => ({ name: f.name, text: BOM + [interchangeHeader(), ...f.rows.map(interchangeLine)].join(nl) + nl }));
}
