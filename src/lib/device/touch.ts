/**
 * A screen without hover (a phone, a tablet): hints there say "tap", not "point at". One home for
 * the test, so the map and the charts agree. `media` is window.matchMedia where it exists.
 */
export function isTouchScreen(media: ((query: string) => { matches: boolean }) | undefined = typeof window !== 'undefined' ? window.matchMedia?.bind(window) : undefined): boolean {
  return media?.('(hover: none)').matches === true;
}
