// Collects the inconsistencies found while parsing, with short texts in Kazakh, Russian and English.
// Figures are never corrected: a note records what was printed and what it disagrees with.
import type { NoteRow } from './types.ts';

export interface NoteText {
  kk: string;
  ru: string;
  en: string;
}

export class NoteLog {
  private readonly rows: NoteRow[] = [];
  private readonly used = new Set<string>();

  add(dataset: string, key: string, kind: string, text: NoteText): void {
    // Ids are built from what the note is about, so they stay stable when other notes are added.
    const base = `${dataset}|${key}|${kind}`;
    let noteId = base;
    for (let n = 2; this.used.has(noteId); n++) noteId = `${base}|${n}`;
    this.used.add(noteId);
    this.rows.push({ noteId, dataset, key, kind, textKk: text.kk, textRu: text.ru, textEn: text.en });
  }

  get all(): NoteRow[] {
    return this.rows;
  }
}

/** Render a number the way the report prints it (decimal comma), for note texts. */
export function kkNumber(value: number | null): string {
  return value === null ? '—' : String(value).replace('.', ',');
}

/** A score as the report prints it, with two decimals (5 → "5,00"). */
export function kkScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(2).replace('.', ',');
}

/** Where a figure sits in the source: a table row, or a line of a section's prose. */
export interface Where {
  table?: number;
  section?: string;
  line: number | null;
}

export function at(where: Where, lang: 'kk' | 'ru' | 'en'): string {
  const line = where.line ?? '?';
  if (where.table !== undefined) {
    return { kk: `${where.table}-кесте, ${line}-жол`, ru: `Таблица ${where.table}, строка ${line}`, en: `Table ${where.table}, line ${line}` }[lang];
  }
  const s = where.section ?? '?';
  return { kk: `${s}-бөлім, ${line}-жол`, ru: `Раздел ${s}, строка ${line}`, en: `Section ${s}, line ${line}` }[lang];
}
