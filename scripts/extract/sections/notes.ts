// Collects the inconsistencies found while parsing, with short texts in Kazakh, Russian and English.
// Figures are never corrected: a note records what was printed and what it disagrees with.
import type { NoteRow } from './types.ts';
import type { RegionId } from '../lib/regions.ts';

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

/** A number in a note's language: decimal comma in kk and ru, dot in en. */
export function noteNumber(value: number | null, lang: Lang): string {
  return lang === 'en' ? (value === null ? '—' : String(value)) : kkNumber(value);
}

/** A score in a note's language, with two decimals as the report prints it. */
export function noteScore(value: number | null, lang: Lang): string {
  return lang === 'en' ? (value === null ? '—' : value.toFixed(2)) : kkScore(value);
}

export type Lang = 'kk' | 'ru' | 'en';

/**
 * A region's name in each language, for note texts: readers see names, never ids. The Kazakh name is
 * table 4's (as in reference/regions.csv), Russian and English are the hand-written reference names.
 */
export type RegionNamer = (id: RegionId) => NoteText;

/** Names joined for a note ("Маңғыстау облысы, Шымкент қ."). */
export function regionList(ids: readonly RegionId[], name: RegionNamer, lang: Lang): string {
  return ids.map((id) => name(id)[lang]).join(', ');
}

/** Where a figure sits in the source: a table row, or a line of a section's prose. */
export interface Where {
  table?: number;
  section?: string;
  line: number | null;
}

export function at(where: Where, lang: Lang): string {
  const line = where.line ?? '?';
  if (where.table !== undefined) {
    return { kk: `${where.table}-кесте, ${line}-жол`, ru: `Таблица ${where.table}, строка ${line}`, en: `Table ${where.table}, line ${line}` }[lang];
  }
  const s = where.section ?? '?';
  return { kk: `${s}-бөлім, ${line}-жол`, ru: `Раздел ${s}, строка ${line}`, en: `Section ${s}, line ${line}` }[lang];
}
