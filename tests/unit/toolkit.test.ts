import { describe, expect, it } from 'vitest';
import { composeFigureSvg, imageFileName, wrapLines } from '../../src/lib/export/figure-image.ts';
import { escapeXml } from '../../src/lib/export/escape-xml.ts';
import { citationPart, citationText, embedHeight, embedSnippet, embedUrl, heightMessage, isEmbed, permalink } from '../../src/lib/url/share.ts';
import { catalogueFiles, csvRowCount, sizeParts, trilingual } from '../../src/lib/data/data-catalogue.ts';
import type { DataPackage } from '../../src/lib/data/package-types.ts';
import { dataFileUrl, pythonSnippet, rSnippet } from '../../src/lib/data/code-snippets.ts';
import { dataDictionary } from '../../src/lib/data/dictionary.ts';
import { formatDate } from '../../src/lib/i18n/format.ts';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';

const EVIL = '<img src=x onerror=alert(1)> & "quotes"';

describe('figure image', () => {
  it('escapes every text, so a hostile name stays text', () => {
    expect(escapeXml(EVIL)).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    const { svg } = composeFigureSvg(
      { title: EVIL, subtitle: EVIL, source: EVIL, credit: 'Sapa · 2026-11-29', notes: [{ text: EVIL }] },
      { kind: 'image', href: 'data:image/png;base64,AAAA', width: 600, height: 300 },
      [{ label: EVIL, colour: '#0072b2"/><script>', dashed: false }],
    );
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg.match(/&lt;img src=x/g)?.length).toBe(6); // <title>, title, subtitle, note, source, legend
  });

  it('sizes the image to its content and keeps the map as vector markup', () => {
    const out = composeFigureSvg(
      { title: 'Map', subtitle: 'Scores, 2020', source: 'Source: 2020 report, table 11', credit: 'Sapa · 2026-11-29' },
      { kind: 'svg', markup: '<path d="M0 0L10 10"/>', viewBox: '0 0 100 50', width: 100, height: 50 },
    );
    expect(out.width).toBe(960);
    expect(out.height).toBeGreaterThan(150);
    expect(out.svg).toContain('viewBox="0 0 100 50"');
    expect(out.svg).toContain('<path d="M0 0L10 10"/>');
    expect(out.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('draws a published figure\'s legend item as a lone hollow marker, a series as a line with a dot', () => {
    const { svg } = composeFigureSvg({ title: 'T', subtitle: 'S', source: 'Src', credit: 'Sapa' }, { kind: 'image', href: 'data:,', width: 600, height: 300 }, [
      { label: 'Kazakhstan', colour: '#0072B2', dashed: false },
      { label: '2025, published', colour: '#7B3294', point: true },
    ]);
    expect(svg).toMatch(/<circle [^>]*r="5" fill="#fff" stroke="#7B3294"/);
    expect(svg.match(/<line [^>]*stroke="#7B3294"/)).toBeNull();
    expect(svg.match(/<line [^>]*stroke="#0072B2"/)).not.toBeNull();
  });

  it('carries the notes under the figure (a series break), between the figure and the source', () => {
    const note = 'Series break 2015–2016: the scale changed from 1–10 to 1–5; the years on either side are not compared.';
    const without = composeFigureSvg({ title: 'T', subtitle: 'S', source: 'Source: 2020 report', credit: 'Sapa' }, { kind: 'image', href: 'data:,', width: 600, height: 300 });
    const out = composeFigureSvg({ title: 'T', subtitle: 'S', source: 'Source: 2020 report', credit: 'Sapa', notes: [{ text: note, break: true }] }, { kind: 'image', href: 'data:,', width: 600, height: 300 });
    expect(out.svg).toContain('Series break 2015–2016');
    expect(out.svg.indexOf('Series break')).toBeGreaterThan(out.svg.indexOf('<image'));
    expect(out.svg.indexOf('Series break')).toBeLessThan(out.svg.indexOf('Source: 2020 report'));
    expect(out.height).toBeGreaterThan(without.height);
    // Only a break is marked with the chart's dash; another note (the online survey) is plain text.
    const both = composeFigureSvg({ title: 'T', subtitle: 'S', source: 'Src', credit: 'Sapa', notes: [{ text: note, break: true }, { text: 'Online survey.' }] }, { kind: 'image', href: 'data:,', width: 600, height: 300 });
    expect(both.svg.match(/stroke-dasharray="3 2"/g)?.length).toBe(1);
  });

  it('wraps a long bold Cyrillic title rather than letting it run off the image', () => {
    const title = 'Туркестанская область: Оценки по годам (местные исполнительные органы)';
    const out = composeFigureSvg({ title, subtitle: 'S', source: 'Src', credit: 'Sapa' }, { kind: 'image', href: 'data:,', width: 600, height: 300 });
    expect(out.svg.match(/font-size="22" font-weight="700"/g)?.length).toBe(2);
  });

  it('wraps long text at spaces and cuts words longer than a line', () => {
    expect(wrapLines('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLines('  ', 4)).toEqual([]);
  });

  it('names the image after the view, like its CSV', () => {
    expect(imageFileName('sapa-map-leb-avg_score-2020-en.csv', 'png')).toBe('sapa-map-leb-avg_score-2020-en.png');
    expect(imageFileName('sapa-trends-national-kk.csv', 'svg')).toBe('sapa-trends-national-kk.svg');
  });
});

describe('share, embed, cite', () => {
  const href = 'https://example.org/sapa/#/map?year=2019&lang=ru';
  it('builds the permalink and the embed URL from the address', () => {
    expect(permalink(`${href}&embed=1`)).toBe(href);
    expect(embedUrl(href)).toBe(`${href}&embed=1`);
    expect(embedUrl(`${href}&embed=1&figure=x`, 'map')).toBe(`${href}&embed=1&figure=map`);
    expect(permalink('https://example.org/')).toBe('https://example.org/#/');
    expect(isEmbed(new URLSearchParams('embed=1'))).toBe(true);
    expect(isEmbed(new URLSearchParams('embed=0'))).toBe(false);
  });

  it('escapes the iframe snippet and keeps a sensible height', () => {
    const s = embedSnippet(`${href}&embed=1`, EVIL, 500);
    expect(s).toContain('src="https://example.org/sapa/#/map?year=2019&amp;lang=ru&amp;embed=1"');
    expect(s).not.toContain('<img');
    // The host's resize script trusts only frames from Sapa's origin that sent the message.
    expect(s).toContain('<script>window.addEventListener("message"');
    expect(s).toContain('indexOf("https://example.org")===0');
    expect(s).toContain('e.source');
    expect(embedSnippet('/relative#/map?embed=1', 't', 400)).not.toContain('<script>');
    expect(heightMessage(641.2)).toEqual({ 'sapa-height': 642 });
    expect(heightMessage(1e6)).toEqual({ 'sapa-height': 4000 });
    expect(embedHeight(10)).toBe(360);
    expect(embedHeight(400)).toBe(570);
    expect(embedHeight(5000)).toBe(1200);
  });

  const words = { data: 'Data', accessed: (d: string) => `accessed ${d}` };
  const balanced = (text: string) => {
    let depth = 0;
    for (const ch of text) {
      depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
      if (depth < 0) return false;
    }
    return depth === 0;
  };
  const cases: Array<{ name: string; parts: Omit<Parameters<typeof citationText>[0], 'url' | 'accessed'>; expected: string }> = [
    {
      name: 'a map: title, detail, source',
      parts: { publisher: 'Sapa', title: 'Regional map', detail: 'Scores, 2019', source: '2020 report, table 11' },
      expected: 'Sapa. Regional map. Scores, 2019. Data: 2020 report, table 11.',
    },
    {
      name: 'trends with three regions: the entities named, a scope that ends in "(table 6)." stays balanced',
      parts: { publisher: 'Sapa', title: 'Regions', entity: 'Karaganda, Akmola, Pavlodar', detail: 'All providers (table 6). · Satisfaction, %, 2014–2020', source: '2020 report, table 12' },
      expected: 'Sapa. Regions. Karaganda, Akmola, Pavlodar. All providers (table 6). · Satisfaction, %, 2014–2020. Data: 2020 report, table 12.',
    },
    {
      name: 'a service page table names the service through its title, not the entity again',
      parts: { publisher: 'Sapa', title: 'Issuing a passport: by region', entity: 'Issuing a passport', source: '2020 report, appendix C' },
      expected: 'Sapa. Issuing a passport: by region. Data: 2020 report, appendix C.',
    },
    {
      name: 'a part left open is closed, trailing separators dropped',
      parts: { publisher: 'Sapa', title: 'Kazakhstan, 2014–2020 (All providers', detail: ' · ', source: 'report (table 6 ;' },
      expected: 'Sapa. Kazakhstan, 2014–2020 (All providers). Data: report (table 6).',
    },
    { name: 'nothing but a title', parts: { publisher: 'Sapa', title: 'Data' }, expected: 'Sapa. Data.' },
    {
      name: 'a trend with its scope, measure and years given apart: one phrase, no subtitle bullets',
      parts: { publisher: 'Sapa', title: 'Regions, 2016–2020', entity: 'Karaganda, Akmola', scope: 'Local executive bodies only', measure: 'Satisfaction, %', years: '2016–2020', detail: 'ignored · subtitle', source: '2020 report, table 11' },
      expected: 'Sapa. Regions, 2016–2020. Karaganda, Akmola. Local executive bodies only, Satisfaction, %, 2016–2020. Data: 2020 report, table 11.',
    },
    {
      name: 'fields given apart may be partly empty',
      parts: { publisher: 'Sapa', title: 'Kazakhstan', scope: '', measure: 'Average score.', years: '2016–2020' },
      expected: 'Sapa. Kazakhstan. Average score, 2016–2020.',
    },
  ];
  for (const c of cases) {
    it(`cites: ${c.name}`, () => {
      const text = citationText({ ...c.parts, url: href, accessed: '2026-11-29' }, words);
      expect(text).toBe(`${c.expected} ${href} (accessed 2026-11-29).`);
      expect(balanced(text)).toBe(true);
      expect(text).not.toMatch(/\.\./);
    });
  }
  it('citationPart trims, drops its own full stop and closes brackets', () => {
    expect(citationPart(' All providers (table 6). ')).toBe('All providers (table 6)');
    expect(citationPart('a (b (c')).toBe('a (b (c))');
    expect(citationPart(undefined)).toBe('');
  });

  it('formats the date per language', () => {
    const d = new Date(2026, 10, 9);
    expect(formatDate(d, 'en')).toBe('2026-11-09');
    expect(formatDate(d, 'ru')).toBe('09.11.2026');
    expect(formatDate(d, 'kk')).toBe('09.11.2026');
  });
});

const YEARS = { scaleLast: 2013, split: 2018, online: 2020 };

describe('data catalogue and dictionary', () => {
  it('counts CSV records, with line breaks inside quotes and without a final empty line', () => {
    expect(csvRowCount('a,b\n1,2\n3,4\n')).toBe(2);
    expect(csvRowCount('a,b\r\n1,"x\ny"\r\n3,4')).toBe(2);
    expect(csvRowCount('a,b\n')).toBe(0);
    expect(csvRowCount('')).toBe(0);
  });

  it('takes titles in three languages from the package, English standing in', () => {
    expect(trilingual({ kk: 'Өңірлер', ru: 'Регионы', en: 'Regions' }, 'x')).toEqual({ kk: 'Өңірлер', ru: 'Регионы', en: 'Regions' });
    expect(trilingual(undefined, 'Regions')).toEqual({ kk: 'Regions', ru: 'Regions', en: 'Regions' });
  });

  it('sizes in KB and MB', () => {
    expect(sizeParts(100)).toEqual({ unit: 'kb', value: 1 });
    expect(sizeParts(20_480)).toEqual({ unit: 'kb', value: 20 });
    expect(sizeParts(3 * 1024 * 1024 + 200_000)).toEqual({ unit: 'mb', value: 3.2 });
  });

  it('writes a dictionary per language from the package', () => {
    const pkg: DataPackage = {
      name: 'test',
      resources: [
        {
          name: 'r',
          path: 'monitoring/regions.csv',
          format: 'csv',
          title: 'Regional scores',
          description: '',
          'sapa:title': { kk: 'Өңірлер бағасы', ru: 'Оценки по регионам', en: 'Regional scores' },
          'sapa:description': { kk: '', ru: '', en: '' },
          schema: { primaryKey: ['scope'], fields: [{ name: 'avg_score', type: 'number', description: 'Average | score', 'sapa:unit': 'points', 'sapa:description': { kk: 'Орташа | балл', ru: 'Средний | балл', en: 'Average | score' } }, { name: 'scope', type: 'string', 'sapa:description': { kk: 'Қамту', ru: 'Охват', en: 'Scope' }, constraints: { enum: ['leb', 'all_providers'] } }] },
        },
      ],
    };
    const files = catalogueFiles(pkg, () => ({ bytes: 30, text: 'avg_score,scope\n4.5,leb\n' }));
    expect(files[0]).toMatchObject({ path: 'monitoring/regions.csv', rows: 1, bytes: 30 });
    loadAllLocales();
    const ru = dataDictionary(pkg, files, 'ru', i18nObject('ru'), 7, YEARS);
    expect(ru).toContain('# Словарь данных Сапы');
    expect(ru).toContain('### monitoring/regions.csv — Оценки по регионам');
    // The column's meaning in the reader's language; English stands in where a field has none.
    expect(ru).toContain('| `avg_score` | число | баллы | Средний \\| балл |');
    expect(ru).toContain('| `scope` | текст |  | Охват. Допустимые значения: leb, all_providers |');
    expect(ru).toContain('(7 примечаний)');
    const kk = dataDictionary(pkg, files, 'kk', i18nObject('kk'), 7, YEARS);
    expect(kk).toContain('Өңірлер бағасы');
    expect(kk).toContain('| `avg_score` | сан | балл | Орташа \\| балл |');
    expect(kk).not.toContain('Average');
    // The years of the 10-point scale come from series_breaks.csv, passed in.
    expect(ru).toContain('до 2013 года включительно: 1–10');
  });

  it('gives code that reads a file from its address', () => {
    const url = dataFileUrl('https://example.org/sapa/index.html#/data?lang=en', 'monitoring/regions.csv');
    expect(url).toBe('https://example.org/sapa/data/monitoring/regions.csv');
    expect(pythonSnippet(url)).toContain(`pd.read_csv("${url}"`);
    expect(rSnippet(url)).toContain(`read.csv("${url}"`);
  });
});
