// Reads score / percentage cells and reports the printing problems the brief asks us to record
// (one-decimal scores, percentages without "%", scores off the 1–5 scale). Values are kept as printed.
import { cleanCell, parseNumber, parseNumberWithPrecision } from '../lib/text.ts';
import { at, kkNumber, kkScore, noteNumber, noteScore, type NoteLog, type Where } from './notes.ts';

export interface NoteTarget {
  notes: NoteLog;
  dataset: string;
  key: string;
  where: Where; // where a reader can find the figure
}

export function readScore(cell: string, target: NoteTarget): number | null {
  const parsed = parseNumberWithPrecision(cell);
  if (!parsed) return null;
  const { value, decimals } = parsed;
  if (value < 1 || value > 5) {
    target.notes.add(target.dataset, target.key, 'off_scale', {
      kk: `${at(target.where, 'kk')}: орташа балл «${cleanCell(cell)}» болып басылған, 1–5 шкаласынан тыс. Мән жарияланғандай сақталды.`,
      ru: `${at(target.where, 'ru')}: средний балл напечатан как «${cleanCell(cell)}», вне шкалы 1–5. Значение сохранено как опубликовано.`,
      en: `${at(target.where, 'en')}: average score printed as "${cleanCell(cell)}", outside the 1–5 scale. Kept as published.`,
    });
  } else if (decimals === 1) {
    target.notes.add(target.dataset, target.key, 'one_decimal', {
      kk: `${at(target.where, 'kk')}: орташа балл бір ондық таңбамен басылған (${kkNumber(value)}).`,
      ru: `${at(target.where, 'ru')}: средний балл напечатан с одним знаком после запятой (${kkNumber(value)}).`,
      en: `${at(target.where, 'en')}: average score printed with one decimal (${noteNumber(value, 'en')}).`,
    });
  }
  return value;
}

export function readPct(cell: string, target: NoteTarget): number | null {
  const text = cleanCell(cell);
  const value = parseNumber(text);
  if (value === null) return null;
  if (!text.endsWith('%')) {
    target.notes.add(target.dataset, target.key, 'no_percent_sign', {
      kk: `${at(target.where, 'kk')}: қанағаттану деңгейі «%» белгісінсіз басылған («${text}»); пайыз ретінде оқылды.`,
      ru: `${at(target.where, 'ru')}: уровень удовлетворённости напечатан без знака «%» («${text}»); прочитан как процент.`,
      en: `${at(target.where, 'en')}: satisfaction printed without "%" ("${text}"); read as a percentage.`,
    });
  }
  return value;
}

/**
 * Flags a score/percentage pair that cannot both be right: an average of 5,00 means every respondent
 * gave the top score, so satisfaction must be ~100%; a very high average with a very low share (or the
 * reverse) is also implausible. Thresholds are loose on purpose: only glaring cases are reported.
 */
export function checkPair(avg: number | null, pct: number | null, target: NoteTarget): void {
  if (avg === null || pct === null) return;
  const glaring = (avg >= 4.995 && pct < 95) || (avg >= 4.4 && pct < 40) || (avg < 4 && pct > 80);
  if (!glaring) return;
  target.notes.add(target.dataset, target.key, 'implausible_pair', {
    kk: `${at(target.where, 'kk')}: орташа балл ${kkScore(avg)} мен қанағаттану деңгейі ${kkNumber(pct)}% бір-біріне сәйкес келмейді. Жарияланғандай сақталды.`,
    ru: `${at(target.where, 'ru')}: средний балл ${kkScore(avg)} и удовлетворённость ${kkNumber(pct)}% несовместимы. Сохранено как опубликовано.`,
    en: `${at(target.where, 'en')}: average ${noteScore(avg, 'en')} and satisfaction ${noteNumber(pct, 'en')}% are inconsistent with each other. Kept as published.`,
  });
}
