import Papa from 'papaparse';
import type { ColumnSpec, DatasetError, DatasetProblem, DatasetResult, RowOf, Schema } from './schema.ts';

type CellResult = { ok: true; value: string | number | boolean | null } | { ok: false; problem: DatasetProblem };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function checkRange(column: string, value: number, raw: string, spec: { min?: number; max?: number }): CellResult {
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    return { ok: false, problem: { code: 'outOfRange', column, value: raw, min: String(spec.min ?? '−∞'), max: String(spec.max ?? '∞') } };
  }
  return { ok: true, value };
}

function parseCell(column: string, raw: string, spec: ColumnSpec): CellResult {
  // Text cells are kept verbatim (even "<img …>"): views render them as text, never as HTML.
  const trimmed = raw.trim();
  if (trimmed === '') {
    return spec.required ? { ok: false, problem: { code: 'required', column } } : { ok: true, value: null };
  }
  switch (spec.type) {
    case 'string':
      if (spec.values && !spec.values.includes(raw)) return { ok: false, problem: { code: 'notAllowed', column, value: raw } };
      if (spec.pattern && !spec.pattern.test(raw)) return { ok: false, problem: { code: 'notAllowed', column, value: raw } };
      return { ok: true, value: raw };
    case 'boolean':
      if (trimmed === 'true') return { ok: true, value: true };
      if (trimmed === 'false') return { ok: true, value: false };
      return { ok: false, problem: { code: 'notAllowed', column, value: raw } };
    case 'number': {
      if (!NUMBER.test(trimmed)) return { ok: false, problem: { code: 'notNumber', column, value: raw } };
      return checkRange(column, Number(trimmed), trimmed, spec);
    }
    case 'integer': {
      if (!NUMBER.test(trimmed)) return { ok: false, problem: { code: 'notNumber', column, value: raw } };
      const n = Number(trimmed);
      if (!Number.isInteger(n)) return { ok: false, problem: { code: 'notInteger', column, value: raw } };
      return checkRange(column, n, trimmed, spec);
    }
  }
}

/**
 * Parse CSV text against a schema. Handles a UTF-8 BOM and CRLF line ends; extra columns are
 * ignored; the first problem found is returned with its line so a maintainer can fix the file.
 */
export function parseCsv<S extends Schema>(text: string, schema: S, file: string): DatasetResult<RowOf<S>> {
  const fail = (line: number | null, problem: DatasetProblem): DatasetResult<RowOf<S>> => ({
    ok: false,
    error: { file, line, problem } satisfies DatasetError,
  });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(null, { code: 'empty' });

  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  const structural = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (structural) return fail(structural.row !== undefined ? structural.row + 1 : null, { code: 'parse', detail: structural.message });

  const [header, ...records] = parsed.data;
  if (!header) return fail(null, { code: 'empty' });
  const names = header.map((h) => h.trim());
  const index = new Map<string, number>();
  names.forEach((n, i) => index.set(n, i));
  for (const column of Object.keys(schema)) {
    if (!index.has(column)) return fail(1, { code: 'missingColumn', column });
  }

  const rows: RowOf<S>[] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as string[];
    const line = r + 2;
    if (record.length !== names.length) {
      return fail(line, { code: 'parse', detail: `${record.length} ≠ ${names.length}` });
    }
    const row: Record<string, unknown> = {};
    for (const [column, spec] of Object.entries(schema)) {
      const cell = parseCell(column, record[index.get(column) as number] ?? '', spec);
      if (!cell.ok) return fail(line, cell.problem);
      row[column] = cell.value;
    }
    rows.push(row as RowOf<S>);
  }
  return { ok: true, rows };
}
