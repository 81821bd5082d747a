// The figures (charts, the map, tables) a page shows, as their download menus announce them: the
// citation names the first one, and the embed form (`embed=1`) shows one of them alone. A menu
// registers while it is on the page and unregisters when it goes.

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

export function registerFigure(entry: FigureEntry): () => void {
  entries = [...entries.filter((e) => e.id !== entry.id), entry];
  return () => {
    entries = entries.filter((e) => e !== entry);
  };
}

/** Figures on the page in the order they registered (the page's order: menus mount top-down). */
export function pageFigures(): readonly FigureEntry[] {
  return entries;
}
