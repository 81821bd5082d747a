export interface NoteRow {
  note_id: string;
  dataset: string;
  key: string | null;
  kind: string;
  text_kk: string;
  text_ru: string;
  text_en: string;
}

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
