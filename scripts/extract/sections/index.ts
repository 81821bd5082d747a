// Parser for the 70 per-service sections (2.1–2.70) of the 2020 public-monitoring report.
// Pure: takes the file's lines, returns typed rows in section order, then table order inside a section.
export type * from './types.ts';
export { DATASETS } from './datasets.ts';
export { CALLCENTRE_CENTRES, CALLCENTRE_PARAMS, CALLCENTRE_ITEMS, APPENDED_PROVIDER_NAMES, CHANNEL_NAMES } from './codes.ts';
import type { SectionsResult } from './types.ts';
import { findSections } from './sections.ts';
import { findTables } from './tables.ts';
import { NoteLog, type RegionNamer } from './notes.ts';
import { parseHeadline } from './headline.ts';
import { compareWithHeadline, isCriteriaTable, parseCriteriaTable } from './criteria.ts';
import { isCallcentreTable, parseCallcentreTable } from './callcentre.ts';
import { isProviderTable, parseProviderTable } from './providers.ts';
import { isRegionTable, noteMissingRegions, parseRegionTable } from './regions.ts';
import { parseEarlierYears } from './earlier.ts';
import { isWaitTimeTable, parseAspectRegionTable, parseAspectTable, parseWaitTimeTable } from './ambulance.ts';

/** `regionName` gives the names that notes use for regions (readers see names, never ids). */
export function extractSections(lines: string[], regionName: RegionNamer): SectionsResult {
  const notes = new NoteLog();
  const result: SectionsResult = {
    headlines: [],
    earlierYears: [],
    criteria: [],
    channelAverages: [],
    callcentre: [],
    providers: [],
    regions: [],
    answers: [],
    answerTotals: [],
    aspects: [],
    notes: notes.all,
  };
  for (const span of findSections(lines)) {
    const { row: headline } = parseHeadline(lines, span, notes);
    result.headlines.push(headline);
    result.earlierYears.push(...parseEarlierYears(lines, span, notes));
    const seenCallcentre = new Set<string>();
    const seenProviders = new Set<string>();
    for (const table of findTables(lines, span.start, span.end)) {
      // Order matters: a region table's header may also say "критерий" (table 192).
      if (isWaitTimeTable(span.section, table)) {
        const parsed = parseWaitTimeTable(span.section, table);
        result.answers?.push(...parsed.answers);
        if (parsed.total) result.answerTotals?.push(parsed.total);
      } else if (isRegionTable(table)) {
        const rows = parseRegionTable(span.section, table, notes, regionName);
        noteMissingRegions(span.section, table, rows, notes, regionName);
        result.regions.push(...rows);
        result.aspects?.push(...parseAspectRegionTable(span.section, table));
      } else if (isCriteriaTable(table)) {
        const aspects = parseAspectTable(span.section, table);
        result.aspects?.push(...aspects);
        const parsed = parseCriteriaTable(span.section, table, notes, new Set(aspects.map((a) => a.line)));
        result.criteria.push(...parsed.criteria);
        result.channelAverages.push(...parsed.channelAverages);
        compareWithHeadline(span.section, table, parsed.overall, headline, notes);
      } else if (isCallcentreTable(table)) {
        result.callcentre.push(...parseCallcentreTable(span.section, table, notes, seenCallcentre));
      } else if (isProviderTable(table)) {
        result.providers.push(...parseProviderTable(span.section, table, notes, seenProviders));
      }
    }
  }
  return result;
}
