// Earlier years' headline values stated in a section's prose, e.g.
//   "Қанағаттану деңгейі 2019 жылмен салыстырғанда төмен (87,2%, орташа балл – 4,96), 2018 жылы (89,4%, …)"
//   "2019 жылы … қанағаттану деңгейі - 77,9%-ды және сапа бағасы 4,95 баллды құрады."
// A value is taken only when it sits in the same clause as exactly one year (the text from that year to the
// next year or the end of the sentence) and the clause is about the service as a whole, not one criterion.
import type { EarlierYearRow } from './types.ts';
import type { SectionSpan } from './sections.ts';
import { parseNumber } from '../lib/text.ts';
import { DATASETS } from './datasets.ts';
import { fromSectionText } from '../lib/source.ts';
import type { NoteLog } from './notes.ts';
import { checkPair, readScore } from './values.ts';

const YEAR = /(20(?:1[4-9]))\s*(?:ж\.|жыл\S*)/g;
// Words that tie a figure to one criterion or indicator instead of the whole service.
const NOT_OVERALL = /критери|көрсеткіш|параметр|жас|жұмыспен/;
const SATISFACTION_WORD = /қанағаттан/;

interface Found {
  year: number;
  avgScore: number | null;
  satisfactionPct: number | null;
  scoreText: string | null; // as printed, so one-decimal scores can be reported
}

export function findEarlierYearsInText(text: string): Found[] {
  const found: Found[] = [];
  const matches = [...text.matchAll(YEAR)];
  matches.forEach((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const nextYear = matches[k + 1]?.index ?? text.length;
    const sentenceEnd = text.slice(from).search(/\.\s+[A-ZА-ЯӘІҢҒҮҰҚӨҺ]|\.$/);
    const to = Math.min(nextYear, sentenceEnd < 0 ? text.length : from + sentenceEnd + 1);
    const clause = text.slice(from, to);
    // The sentence must be about satisfaction with the service (the word may come before the year).
    const sentenceStart = text.slice(0, m.index ?? 0).search(/[^.]*$/);
    const sentence = text.slice(sentenceStart, to);
    if (!SATISFACTION_WORD.test(sentence) && !/орташа балл/.test(clause)) return;
    const value = readClause(clause);
    if (!value) return;
    found.push({ year: Number(m[1]), ...value });
  });
  return found;
}

function readClause(clause: string): Omit<Found, 'year'> | null {
  const paren = /\(([^()]*\d+(?:,\d+)?\s*%[^()]*)\)/.exec(clause);
  const before = paren ? clause.slice(0, paren.index) : clause;
  if (NOT_OVERALL.test(paren ? before : clause)) return null;
  const body = paren ? paren[1] ?? '' : clause;
  const pct = /(\d+(?:,\d+)?)\s*%/.exec(body);
  const score =
    /орташа балл\s*[–-]?\s*(\d,\d+)/.exec(body) ?? /(\d,\d+)\s*балл/.exec(body) ?? /бағасы\s*(\d,\d+)/.exec(body);
  const satisfactionPct = pct?.[1] ? parseNumber(pct[1]) : null;
  const avgScore = score?.[1] ? parseNumber(score[1]) : null;
  if (satisfactionPct === null && avgScore === null) return null;
  return { avgScore, satisfactionPct, scoreText: score?.[1] ?? null };
}

export function parseEarlierYears(lines: string[], span: SectionSpan, notes: NoteLog): EarlierYearRow[] {
  const rows: EarlierYearRow[] = [];
  const byYear = new Map<number, EarlierYearRow>();
  for (let i = span.start; i < span.end; i++) {
    const text = lines[i] ?? '';
    if (text.includes('\t') || text.startsWith('<sup>')) continue; // tables and footnotes
    for (const f of findEarlierYearsInText(text.replace(/\*\*/g, ''))) {
      const row: EarlierYearRow = {
        section: span.section,
        year: f.year,
        avgScore: f.avgScore,
        satisfactionPct: f.satisfactionPct,
        source: fromSectionText(span.section),
        line: i + 1,
      };
      const previous = byYear.get(f.year);
      if (previous) {
        const same = previous.avgScore === row.avgScore && previous.satisfactionPct === row.satisfactionPct;
        notes.add(DATASETS.earlierYears, `section=${span.section};year=${f.year}`, same ? 'repeated_text' : 'conflicting_text', same
          ? {
              kk: `${span.section}: ${f.year} жылғы мән мәтінде екі рет келтірілген (${previous.line}- және ${row.line}-жолдар).`,
              ru: `${span.section}: значение за ${f.year} год приведено в тексте дважды (строки ${previous.line} и ${row.line}).`,
              en: `${span.section}: the ${f.year} value is stated twice in the text (lines ${previous.line} and ${row.line}).`,
            }
          : {
              kk: `${span.section}: ${f.year} жылғы мәндер мәтінде әртүрлі (${previous.line}- және ${row.line}-жолдар); біріншісі алынды.`,
              ru: `${span.section}: значения за ${f.year} год в тексте расходятся (строки ${previous.line} и ${row.line}); взято первое.`,
              en: `${span.section}: the text gives different ${f.year} values (lines ${previous.line} and ${row.line}); the first is kept.`,
            });
        continue;
      }
      const target = { notes, dataset: DATASETS.earlierYears, key: `section=${span.section};year=${f.year}`, where: { section: span.section, line: i + 1 } };
      if (f.scoreText !== null) readScore(f.scoreText, target); // only for its notes: the value is already parsed
      checkPair(row.avgScore, row.satisfactionPct, target);
      byYear.set(f.year, row);
      rows.push(row);
    }
  }
  return rows.sort((a, b) => a.year - b.year);
}
