// Generated interchange files for the benches of "Your reports" (bench-own.mjs in the browser,
// bench-own-read.ts in Node): made-up, valid 1-mk reports, written by code, never committed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

// Region ids of reference/regions.csv that existed in every period below (the loader checks them).
export const REGIONS = ['astana', 'almaty_city', 'shymkent', 'karaganda', 'akmola', 'aktobe', 'almaty_region', 'atyrau'];
// All 17 that exist in every period from 2021 (not abai, ulytau, zhetysu, which begin in June 2022): the archive's files spread over them.
export const ALL_REGIONS = [...REGIONS, 'east_kazakhstan', 'kostanay', 'kyzylorda', 'mangystau', 'north_kazakhstan', 'pavlodar', 'turkistan', 'west_kazakhstan', 'zhambyl'];

/**
 * A 1-mk file of valid reports (many reporters × 24 quarters): every row without service sub-rows,
 * each month and the quarter; leaves are pseudo-random, totals the sums of their parts, quarters
 * the sums of their months, so the file holds what a well-kept national export would.
 */
export function generate(rows, { reporter = (r) => `csb_${r}`, region = (r) => REGIONS[r % REGIONS.length] } = {}) {
  const ref = readFileSync(join(ROOT, 'data/reference/control_rows.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
  // Split on commas outside quotes: labels contain commas.
  const cells = (l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  const defs = ref.map(cells).filter((c) => c[0] === '1-mk' && c[9] === '').map((c) => ({ code: c[2], parent: c[4], split: c[8] === 'true' }));
  const codes = new Set(defs.map((d) => d.code));
  const children = new Map();
  for (const d of defs) if (d.parent && codes.has(d.parent)) children.set(d.parent, [...(children.get(d.parent) ?? []), d.code]);
  const lines = ['form,reporter,region_id,period,code,applicant,service,value'];
  let seq = 0;
  let n = 0;
  for (let r = 0; ; r++) {
    // Quarters the 2021 form version covers (from 2021-Q3), none in the future: a valid file, counted in the trends.
    for (let year = 2021; year <= 2026; year++) {
      for (let q = year === 2021 ? 3 : 1; q <= (year === 2026 ? 2 : 4); q++) {
        const months = [1, 2, 3].map((k) => `${year}-${String((q - 1) * 3 + k).padStart(2, '0')}`);
        const value = new Map();
        const month = (code, k) => {
          const key = `${code}|${k}`;
          if (!value.has(key)) value.set(key, children.has(code) ? children.get(code).reduce((s, c) => s + month(c, k), 0) : (seq++ * 7919) % 13);
          return value.get(key);
        };
        for (const { code, split } of defs) {
          for (const applicant of split ? ['individual', 'legal'] : ['']) {
            const v = [0, 1, 2].map((k) => month(code, `${k}${applicant}`));
            const periods = [...months.map((m, i) => [m, v[i]]), [`${year}-Q${q}`, v[0] + v[1] + v[2]]];
            for (const [period, val] of periods) {
              lines.push(`1-mk,${reporter(r)},${region(r)},${period},${code},${applicant},,${val}`);
              if (++n >= rows) return lines.join('\n') + '\n';
            }
          }
        }
      }
    }
  }
}

