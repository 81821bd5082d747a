// Alphabetical order for names and labels without Intl.Collator: the first collator of a page load
// makes the browser load its locale data (see format.ts for the cost). The rules below give the
// order readers expect in kk, ru and en for the names Sapa shows:
// - case is ignored, and so is "ё" against "е";
// - runs of digits compare as numbers ("2.9" before "2.14"), as with Intl's numeric option;
// - Cyrillic follows the Kazakh alphabet, which contains the Russian one in the same order;
// - Cyrillic comes before Latin (CLDR kk and ru): a Kazakh or Russian name opening with a Roman
//   numeral ("II, III және IV санаттағы…") goes after the Cyrillic names, not before all of them.
//   English lists are Latin throughout, so their order is unchanged;
// - digits before letters, spaces and punctuation first.

// А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я
const CYRILLIC = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const CYRILLIC_RANK = new Map([...CYRILLIC].map((ch, i) => [ch, i]));
CYRILLIC_RANK.set('ё', CYRILLIC_RANK.get('е') as number);

const KIND_OTHER = 0;
const KIND_DIGIT = 1;
const KIND_CYRILLIC = 2;
const KIND_LATIN = 3;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A text's sort key: [kind, rank, kind, rank, …], one pair per letter, mark or run of digits. */
export function collationKey(text: string): number[] {
  const lower = text.toLowerCase();
  const key: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isDigit(code)) {
      let j = i;
      while (j < lower.length && isDigit(lower.charCodeAt(j))) j++;
      key.push(KIND_DIGIT, Number(lower.slice(i, j)));
      i = j - 1;
      continue;
    }
    const cyr = CYRILLIC_RANK.get(lower[i] as string);
    if (cyr !== undefined) key.push(KIND_CYRILLIC, cyr);
    else if (code >= 97 && code <= 122) key.push(KIND_LATIN, code);
    else key.push(KIND_OTHER, code);
  }
  return key;
}

// Keys already made, by text: a table sorted again by the same column (each click on its header)
// would otherwise rebuild the key of every name (about 3 ms for the 62 services on a fast machine).
// Names are few and repeat; the memo is emptied when it grows past MEMO_MAX (no eviction order
// needed). The keys are shared: callers only read them.
const MEMO_MAX = 5000;
const memo = new Map<string, readonly number[]>();

/** collationKey, made once per text. */
export function memoKey(text: string): readonly number[] {
  let key = memo.get(text);
  if (key === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    key = collationKey(text);
    memo.set(text, key);
  }
  return key;
}

/** Compare two sort keys made by collationKey. */
export function compareKeys(ka: readonly number[], kb: readonly number[]): number {
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const x = ka[i] as number;
    const y = kb[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return ka.length - kb.length;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compare two texts in reading order (see above); equal by these rules → by code units, so the order is total. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return compareKeys(memoKey(a), memoKey(b)) || byCodeUnits(a, b);
}

/** A text with its sort key, made once when a list is sorted (not at every comparison). */
export interface Keyed {
  text: string;
  key: readonly number[];
}

export function keyed(text: string): Keyed {
  return { text, key: memoKey(text) };
}

/** compareText for texts whose keys are already made. */
export function compareKeyed(x: Keyed, y: Keyed): number {
  return compareKeys(x.key, y.key) || byCodeUnits(x.text, y.text);
}

/** A sorted copy of items by a text of each, every key computed once (for longer lists). */
export function sortByText<T>(items: readonly T[], textOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, k: keyed(textOf(item)) }))
    .sort((x, y) => compareKeyed(x.k, y.k))
    .map((x) => x.item);
}
