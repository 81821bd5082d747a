// The figures (charts, the map, tables) a page shows, as their download menus announce them: the
// citation names the first one, and the embed form (`embed=1`) shows one of them alone. A menu
// registers while it is on the page and unregisters when it goes.
import { untrack } from 'svelte';

export interface FigureEntry {
  /** Unique on the page; `figure=<id>` in an embed URL picks it. */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  /** The element the embed form keeps on screen. */
  element(): Element | null;
}

let entries = $state.raw<FigureEntry[]>([]);

/** Called from a menu's effect: untracked, so registering never makes the effect depend on the list. */
export function registerFigure(entry: FigureEntry): () => void {
  untrack(() => {
    entries = [...entries.filter((e) => e.id !== entry.id), entry];
  });
  return () =>
    untrack(() => {
      entries = entries.filter((e) => e !== entry);
    });
}

/** Figures on the page in the page's order (menus below the fold may register first). */
export function pageFigures(): readonly FigureEntry[] {
  return [...entries].sort((a, b) => {
    const ea = a.element();
    const eb = b.element();
    if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
