// Small samples: below this many respondents a score or share is flagged on every page.
export const SMALL_SAMPLE_THRESHOLD = 30;

export function isSmallSample(n: number | null | undefined): boolean {
  return n !== null && n !== undefined && n < SMALL_SAMPLE_THRESHOLD;
}
