// Matching service names between tables. The report spells the same service differently from table
// to table ("Кәсіпкерлік субъектілерінің санаттары" vs "субъектісінің санаты"), so names are compared
// on word stems (Kazakh is agglutinative: the first letters of a word carry its meaning).
import { nameKey } from '../lib/text.ts';

const STEM_LENGTH = 5;

export function stemSet(name: string): Set<string> {
  const words = nameKey(name)
    .replace(/[«»/]/g, ' ')
    .split(' ')
    .filter((w) => w.length >= 3);
  return new Set(words.map((w) => w.slice(0, STEM_LENGTH)));
}

/** Jaccard similarity of the stem sets, 0–1. */
export function similarity(a: string, b: string): number {
  const sa = stemSet(a);
  const sb = stemSet(b);
  let common = 0;
  for (const s of sa) if (sb.has(s)) common++;
  const union = sa.size + sb.size - common;
  return union === 0 ? 0 : common / union;
}

export interface Match { index: number; key: string; score: number }

/**
 * Assign each name to one candidate key (each key used at most once), best pairs first.
 * `candidates` maps a key (a section number) to the names it is known by. Names whose best score is
 * below `minScore` stay unmatched, so a wrong match cannot happen silently.
 */
export function assignNames(
  names: readonly string[],
  candidates: ReadonlyMap<string, readonly string[]>,
  minScore = 0.4,
): Map<number, Match> {
  const pairs: Match[] = [];
  names.forEach((name, index) => {
    for (const [key, known] of candidates) {
      const score = Math.max(...known.map((k) => similarity(name, k)));
      if (score >= minScore) pairs.push({ index, key, score });
    }
  });
  // Deterministic: by score, then by name order, then by key.
  pairs.sort((a, b) => b.score - a.score || a.index - b.index || a.key.localeCompare(b.key));
  const byIndex = new Map<number, Match>();
  const usedKeys = new Set<string>();
  for (const p of pairs) {
    if (byIndex.has(p.index) || usedKeys.has(p.key)) continue;
    byIndex.set(p.index, p);
    usedKeys.add(p.key);
  }
  return byIndex;
}
