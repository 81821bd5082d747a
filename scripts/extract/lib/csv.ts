// Deterministic CSV writing for data/: fixed column order, "\n" line ends, no BOM, dot decimals,
// empty cell for "not published". Same rows in → byte-identical file out.

export type Cell = string | number | boolean | null | undefined;

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number in CSV: ${value}`);
    // Avoid float noise such as 0.30000000000000004 while keeping every printed digit.
    return String(Number(value.toPrecision(12)));
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}
