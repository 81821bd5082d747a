// Helpers for reading the plain-text conversion of the 2020 monitoring report.
// Tables there are tab-separated lines whose cells may carry <b>/<i> tags and use decimal commas.

/** Remove the inline formatting tags (<b>, <i>, <sup>…) the PDF conversion left in cells, and squeeze spaces. */
export function cleanCell(raw: string): string {
  return raw
    .replace(/<\/?[a-z]+[^>]*>/gi, '')
    .replace(/\*\*/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split one table line into cleaned cells (tabs separate cells; trailing empty cells are kept). */
export function splitRow(line: string): string[] {
  return line.replace(/\r$/, '').split('\t').map(cleanCell);
}

/**
 * Parse a published number: decimal comma or dot, optional % sign, optional spaces as thousands
 * separators, unicode minus. Returns null for an empty or non-numeric cell (never guesses).
 */
export function parseNumber(cell: string): number | null {
  const s = cleanCell(cell)
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/%$/, '')
    .replace(/(\d)[ \u202f](?=\d{3}\b)/g, '$1')
    .replace(',', '.')
    .trim();
  if (s === '' || !/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Like parseNumber but also reports how many decimals were printed (4,7 vs 4,70), for notes. */
export function parseNumberWithPrecision(cell: string): { value: number; decimals: number } | null {
  const value = parseNumber(cell);
  if (value === null) return null;
  const m = /[.,](\d+)/.exec(cleanCell(cell));
  return { value, decimals: m?.[1]?.length ?? 0 };
}

/** Case-, hyphen-, quote- and space-insensitive key for matching names spelled several ways. */
export function nameKey(name: string): string {
  return cleanCell(name)
    .toLowerCase()
    .replace(/[«»"“”„'’`]/g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
