import { compareText } from '../i18n/collate.ts';
import type { Locale } from '../i18n/locale.ts';
import type { NoteRow } from '../data/notes.ts';
import { inLocale } from '../data/in-locale.ts';
import type { InvalidParam } from '../url/params.ts';

/** Dataset names without folder, as shown to readers ("monitoring/regions" → "regions"). */
export function datasetLabel(dataset: string): string {
  return dataset.replace(/^(monitoring|reference)\//, '');
}

/**
 * A code's name in the reader's language from a dictionary of names ("missing_rows" → "Нет строк"),
 * or the code itself for one the dictionary does not know yet (a new kind of note in the data).
 */
export function codeName(code: string, names: Readonly<Record<string, (() => string) | undefined>>): string {
  // typesafe-i18n answers an unknown key with an empty string, not undefined.
  return names[code]?.() || code;
}

export interface NotesFilter {
  dataset: string; // '' = all
  kind: string; // '' = all
}

/** The notes shown for a filter, in a stable order (dataset, key, id). */
export function filterNotes(notes: readonly NoteRow[], filter: NotesFilter): NoteRow[] {
  return notes
    .filter((n) => (filter.dataset === '' || datasetLabel(n.dataset) === filter.dataset) && (filter.kind === '' || n.kind === filter.kind))
    .sort((a, b) => compareText(a.dataset, b.dataset) || compareText(a.key ?? '', b.key ?? '') || compareText(a.note_id, b.note_id));
}

/**
 * The filter from the URL with values that name no dataset or kind of the notes set back to "all",
 * and those values listed, so the page flags them like any other invalid parameter.
 */
export function checkFilter(notes: readonly NoteRow[], filter: NotesFilter): { filter: NotesFilter; invalid: InvalidParam[] } {
  const invalid: InvalidParam[] = [];
  const known = (param: keyof NotesFilter, pick: (n: NoteRow) => string): string => {
    const value = filter[param];
    if (value === '' || notes.some((n) => pick(n) === value)) return value;
    invalid.push({ param, value });
    return '';
  };
  return { filter: { dataset: known('dataset', (n) => datasetLabel(n.dataset)), kind: known('kind', (n) => n.kind) }, invalid };
}

/** Distinct values with counts, for filter menus. */
export function facet(notes: readonly NoteRow[], pick: (n: NoteRow) => string): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const n of notes) counts.set(pick(n), (counts.get(pick(n)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
}

export function noteCells(note: NoteRow, locale: Locale): { dataset: string; key: string; kind: string; text: string } {
  return { dataset: datasetLabel(note.dataset), key: note.key ?? '', kind: note.kind, text: inLocale(note, 'text', locale) };
}

/**
 * A note's row key in the reader's words: each part that names something known gets its name
 * ("akmola:2020:appendix_b" → "Ақмола облысы, 2020, Барлық қызмет көрсетушілер (Б қосымшасы)");
 * a part with no name (a year, a call-centre item) stays as it is.
 */
export function keyInWords(key: string | null, nameOf: (code: string) => string | undefined): string {
  if (!key) return '';
  return key
    .split(':')
    .map((part) => nameOf(part) ?? part)
    .join(', ');
}
