// The cells of one DataTable row, written in place. A sort or a filter rewrites the texts of the
// rows on screen instead of moving rows: moved rows are styled, laid out and painted again in full,
// and Svelte's keyed list spends a third of a sort's script moving them; a Svelte template per cell
// written in place costs about six reactions per cell (two derived values, two branches, a text and
// its attributes). Here a row is one reaction: its cells' texts, links and marks are compared and
// only what differs is written. Texts go in as text nodes, never as HTML.
import type { Column, ShownCell } from '../lib/table/column.ts';

interface CellNodes {
  cell: HTMLElement;
  text: Text;
  link: HTMLAnchorElement | null;
  badge: HTMLSpanElement | null;
}

interface RowNodes {
  columns: readonly unknown[];
  cells: CellNodes[];
}

const rowsSeen = new WeakMap<HTMLTableRowElement, RowNodes>();

/** A new cell: the first column is the row's header (th scope=row), the others data cells with their column's name for the phone cards. */
function newCell<R>(column: Column<R>, first: boolean): CellNodes {
  const cell = document.createElement(first ? 'th' : 'td');
  if (first) cell.setAttribute('scope', 'row');
  else {
    cell.dataset['label'] = column.label;
    if (column.wide) cell.classList.add('wide');
  }
  if (column.numeric) cell.classList.add('numeric');
  cell.dataset['key'] = column.key;
  const text = document.createTextNode('');
  cell.append(text);
  return { cell, text, link: null, badge: null };
}

function writeCell(nodes: CellNodes, { text, href, badge }: ShownCell): void {
  if (nodes.text.data !== text) nodes.text.data = text;
  if (href) {
    if (!nodes.link) {
      nodes.link = document.createElement('a');
      nodes.cell.insertBefore(nodes.link, nodes.text);
      nodes.link.append(nodes.text);
    }
    if (nodes.link.getAttribute('href') !== href) nodes.link.setAttribute('href', href);
  } else if (nodes.link) {
    nodes.link.replaceWith(nodes.text);
    nodes.link = null;
  }
  if (badge) {
    if (!nodes.badge) {
      nodes.badge = document.createElement('span');
      nodes.badge.className = 'badge';
      nodes.cell.append(nodes.badge);
    }
    if (nodes.badge.textContent !== badge) nodes.badge.textContent = badge;
  } else if (nodes.badge) {
    nodes.badge.remove();
    nodes.badge = null;
  }
}

/**
 * An attachment (`{@attach rowCells(columns, cells)}` on a `<tr>`) that shows a row's cells
 * (lib/table/column.ts shownCells, worked out by the table once per row): the cells are made once,
 * before anything else in the row, and written in place when the row shown there changes. New
 * columns (another language) make new cells.
 */
export function rowCells<R>(columns: readonly Column<R>[], cells: readonly ShownCell[] | undefined): (tr: HTMLTableRowElement) => void {
  return (tr) => {
    let seen = rowsSeen.get(tr);
    if (!seen || seen.columns !== columns) {
      for (const old of seen?.cells ?? []) old.cell.remove();
      seen = { columns, cells: columns.map((c, i) => newCell(c, i === 0)) };
      tr.prepend(...seen.cells.map((n) => n.cell));
      rowsSeen.set(tr, seen);
    }
    const nodes = seen.cells;
    cells?.forEach((cell, i) => {
      const at = nodes[i];
      if (at) writeCell(at, cell);
    });
  };
}
