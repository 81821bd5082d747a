// The headline block every surveyed section prints before its first table:
//   "Мемлекеттік қызметтің сапасына қанағаттану деңгейі: **75,3%**"
//   "Мемлекеттік қызметтің сапасын бағалау (орташа балл): **4,65 балл**"
//   "Мемлекеттік қызметтер рейтингіндегі орны: **26**"
// Sections studied only qualitatively (marked * in the report) have no such block.
import type { HeadlineRow } from './types.ts';
import type { SectionSpan } from './sections.ts';
import { DATASETS } from './datasets.ts';
import { fromSectionText } from '../lib/source.ts';
import type { NoteLog } from './notes.ts';
import { readPct, readScore } from './values.ts';

const SATISFACTION = /сапасына қанағаттану деңгейі:?\s*(?:\*\*)?\s*(\d+(?:[.,]\d+)?\s*%?)/;
const SCORE = /сапасын бағалау \(орташа балл\):?\s*(?:\*\*)?\s*(\d+(?:[.,]\d+)?)/;
const RANK = /рейтингіндегі орны:?\s*(?:\*\*)?\s*(\d+)/;
// "Жаппай сауалнамаға 245 қызмет алушы қатысты", "… сауалнамаға 121 қызметті алушы (100%) қатысты"
const RESPONDENTS = [
  /[Сс]ауалнама(?:ға|сына)[^.]{0,160}?\s(\d{1,3}(?: \d{3})*)\s+(?:қызмет(?:ті)?\s+(?:алушы|пайдаланушы)|адам)\s*(?:\(100%\)\s*)?қатысты/,
  /барлығы\s+(\d{1,3}(?: \d{3})*)\s+қызмет алушыдан\s*(?:\(100%\)\s*)?жауап алынды/,
];

export interface HeadlineLines {
  satisfaction: number | null; // 1-based line numbers, null when absent
  score: number | null;
  rank: number | null;
}

export function parseHeadline(lines: string[], span: SectionSpan, notes: NoteLog): { row: HeadlineRow; at: HeadlineLines } {
  const at: HeadlineLines = { satisfaction: null, score: null, rank: null };
  let satisfactionCell: string | null = null;
  let scoreCell: string | null = null;
  let rank: number | null = null;
  let respondents: number | null = null;
  for (let i = span.start; i < span.end; i++) {
    const text = (lines[i] ?? '').replace(/\*\*/g, '');
    if (respondents === null && at.satisfaction === null) {
      for (const re of RESPONDENTS) {
        const m = re.exec(text);
        if (m?.[1] && respondents === null) respondents = Number(m[1].replace(/ /g, ''));
      }
    }
    const s = at.satisfaction === null && /^Мемлекеттік қызмет/.test(text) ? SATISFACTION.exec(text) : null;
    if (s?.[1]) {
      satisfactionCell = s[1];
      at.satisfaction = i + 1;
    }
    const b = at.score === null ? SCORE.exec(text) : null;
    if (b?.[1]) {
      scoreCell = b[1];
      at.score = i + 1;
    }
    const r = at.rank === null ? RANK.exec(text) : null;
    if (r?.[1]) {
      rank = Number(r[1]);
      at.rank = i + 1;
    }
  }
  const key = `section=${span.section}`;
  const target = (line: number | null) => ({
    notes,
    dataset: DATASETS.headlines,
    key,
    where: { section: span.section, line },
  });
  const avgScore = scoreCell === null ? null : readScore(scoreCell, target(at.score));
  const satisfactionPct = satisfactionCell === null ? null : readPct(satisfactionCell, target(at.satisfaction));
  const surveyed = avgScore !== null || satisfactionPct !== null || rank !== null;
  return {
    row: {
      section: span.section,
      titleKk: span.titleKk,
      avgScore,
      satisfactionPct,
      rank,
      respondents,
      surveyed,
      source: fromSectionText(span.section),
      line: at.score ?? at.satisfaction ?? span.start + 1,
    },
    at,
  };
}
