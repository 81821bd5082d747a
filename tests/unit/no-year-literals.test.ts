// Survey years come from the data (src/lib/years, data/reference/series_breaks.csv), never from
// literals in the code: a new survey year must not need a code change. This test greps src/ for
// survey-year numbers in code. Comments may name years (they explain facts). The i18n dictionaries
// carry words, not data: a year of the data reaches a sentence as a parameter filled from the data
// at the call site ({year}, {next}); what must stay prose is listed in DICTIONARY_PROSE with why.
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

const I18N = join(SRC, 'i18n');
const LOCALES = ['en', 'kk', 'ru'] as const;

/**
 * Dictionary entries that may name a survey year, by "namespace.key" (all three locales), each with
 * its reason. `prose`: must stay as written (a citation, a decree's date, a format example).
 * `left`: a data fact still written as prose, to become a parameter (issue 20 item 6, what is left);
 * the list may only shrink. An entry that no longer names a year fails the test, so it cannot go stale.
 */
export const DICTIONARY_PROSE: Record<string, { kind: 'prose' | 'left'; why: string }> = {
  'common.reportName': { kind: 'prose', why: 'the title of the published report, cited as printed' },
  'index.footer.sources': { kind: 'prose', why: 'a citation: the report title with its year of publication' },
  'methods.sourceReport': { kind: 'prose', why: 'a citation: the report, its place and year of publication' },
  'methods.sourceRules': { kind: 'prose', why: 'history: the date of the Agency order and of its amendment' },
  'methods.sourceGeo': { kind: 'prose', why: 'a citation: the boundary set and the administrative periods it was rebuilt for' },
  'control.aboutText': { kind: 'prose', why: 'history: the date of the Agency order and of its amendment' },
  'control.filedNotComparable': { kind: 'prose', why: 'names the 2021 version of the legal forms, not a survey year' },
  'own.problem.template_quarter': { kind: 'prose', why: 'an example of the YYYY-Qn format' },
};

/**
 * The dictionary entries of a namespace file that name a survey year, as "namespace.key.path"
 * (nested objects give the path; a value on the line after its key counts for that key).
 */
export function dictionaryYears(namespace: string, text: string): string[] {
  const path: string[] = [];
  let key = '';
  const found = new Set<string>();
  for (const line of withoutComments(text).split('\n')) {
    const open = /^\s*'?([\w$]+)'?:\s*\{\s*$/.exec(line);
    if (open) {
      path.push(open[1]!);
      continue;
    }
    if (/^\s*\}/.test(line)) {
      path.pop();
      continue;
    }
    const entry = /^\s*'?([\w$]+)'?:/.exec(line);
    if (entry) key = entry[1]!;
    if (YEAR.test(line)) found.add([namespace, ...path, key].join('.'));
  }
  return [...found];
}

function dictionaryFiles(): Array<{ namespace: string; path: string }> {
  return LOCALES.flatMap((l) =>
    readdirSync(join(I18N, l))
      .filter((n) => n.endsWith('.ts'))
      .map((n) => ({ namespace: n.replace(/\.ts$/, ''), path: join(I18N, l, n) })),
  );
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

  it('the dictionary detector names the entry, nested or on the next line', () => {
    const text = "export default {\n  a: 'In {year} the survey',\n  b: 'In 2020 the survey',\n  group: {\n    c:\n      'Since 2014',\n  },\n  d: 'Order of 2016',\n} satisfies X;";
    expect(dictionaryYears('ns', text)).toEqual(['ns.b', 'ns.group.c', 'ns.d']);
  });

  it('the dictionaries name no survey year except the listed prose', () => {
    const found = new Set(dictionaryFiles().flatMap((f) => dictionaryYears(f.namespace, readFileSync(f.path, 'utf8'))));
    expect([...found].filter((k) => !(k in DICTIONARY_PROSE)).sort()).toEqual([]);
    // The list cannot go stale: each entry still names a year in some locale.
    expect(Object.keys(DICTIONARY_PROSE).filter((k) => !found.has(k)).sort()).toEqual([]);
  });
});
