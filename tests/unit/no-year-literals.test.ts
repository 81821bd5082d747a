// Survey years come from the data (src/lib/years, data/reference/series_breaks.csv), never from
// literals in the code: a new survey year must not need a code change. This test greps src/ for
// survey-year numbers in code. Comments may name years (they explain facts); the i18n dictionaries
// are prose checked by the translators (src/i18n is skipped).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const YEAR = /\b20(1[4-9]|2[0-9])\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return relative(SRC, path) === 'i18n' ? [] : files(path);
    // Generated from data/datapackage.json (npm run schema:gen): its year bounds are data.
    if (name.endsWith('.generated.ts')) return [];
    // Permalink migrations carry the date they were added and the reason (facts about the URLs).
    if (relative(SRC, path) === join('lib', 'url', 'migrations.ts')) return [];
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** The code of a file without its comments (block, line and HTML comments). */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Lines of code that contain a survey-year literal, as "file:line: text". */
export function yearLiterals(path: string, text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (YEAR.test(line) ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`] : []));
}

describe('no survey-year literal in src/', () => {
  it('the detector flags code and skips comments', () => {
    expect(yearLiterals(join(SRC, 'x.ts'), 'const YEAR = 2020;')).toHaveLength(1);
    expect(yearLiterals(join(SRC, 'x.ts'), "intParam(2017, 2020, 2020)")).toHaveLength(1);
    expect(yearLiterals(join(SRC, 'x.svelte'), '{#if year === 2020}<li>online</li>{/if}')).toHaveLength(1);
    expect(yearLiterals(join(SRC, 'x.ts'), '// Shymkent only from 2018\n/* 2014–2015: 10-point scale */\nconst a = 1;')).toEqual([]);
    expect(yearLiterals(join(SRC, 'x.ts'), "const url = 'https://example.org/2020';")).toHaveLength(1);
    expect(yearLiterals(join(SRC, 'x.ts'), 'const max = 2100; const min = 2010;')).toEqual([]);
  });

  it('views, components and src/lib have none', () => {
    const found = files(SRC).flatMap((f) => yearLiterals(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
