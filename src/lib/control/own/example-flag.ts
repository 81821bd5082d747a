// Which reports are made up: the example set's reporters carry EXAMPLE_PREFIX in their ids (a real
// reporter's id is its own code), so a report read back from storage, a worker or an interchange
// file can be told apart without a side list. Every view that counts any of them says so
// (i18n own.exampleFlag: "Example — made-up figures").
import { EXAMPLE_PREFIX } from './example-set.ts';

export const isExampleReporter = (reporter: string): boolean => reporter.startsWith(EXAMPLE_PREFIX);

/** True when any of the reports is made up (one is enough for a view to be labelled). */
export function includesExample(reports: Iterable<{ readonly reporter: string }>): boolean {
  for (const r of reports) if (isExampleReporter(r.reporter)) return true;
  return false;
}

/** A title, caption or header line carrying the example flag when it draws on made-up reports. */
export const flagExample = (text: string, flag: string, example: boolean): string => (example ? `${flag}: ${text}` : text);
