import type { DatasetRow } from './datasets.ts';

/** A row of monitoring/notes.csv: its type derives from data/datapackage.json (schema:gen), not restated. */
export type NoteRow = DatasetRow<'monitoring/notes.csv'>;

/**
 * Notes that concern a dataset and, optionally, a key. Keys are colon-separated ids
 * ("akmola:2020:appendix_b"); `keyPart` matches any note whose key contains that id as a part,
 * and notes without a key concern the whole dataset.
 */
export function notesFor(notes: readonly NoteRow[], dataset: string, keyPart?: string): NoteRow[] {
  return notes.filter((n) => {
    if (n.dataset !== dataset && n.dataset !== `monitoring/${dataset}`) return false;
    if (keyPart === undefined || n.key === null || n.key === '') return true;
    return n.key.split(/[:;=]/).includes(keyPart);
  });
}
