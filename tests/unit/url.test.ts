import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../src/lib/url/route.ts';
import { enumParam, listParam, paramValue, queryValues, readParams, textParam, writeParams } from '../../src/lib/url/params.ts';
import { GLOBAL_PARAMS } from '../../src/lib/url/globals.ts';
import { queryWithRememberedLocale } from '../../src/lib/i18n/remember.ts';

describe('parseHash', () => {
  it.each([
    ['', { name: 'overview' }],
    ['#/', { name: 'overview' }],
    ['#/map', { name: 'map' }],
    ['#/rankings/', { name: 'rankings' }],
    ['#/services/civil_service_testing', { name: 'service', id: 'civil_service_testing' }],
    ['#/regions/akmola?lang=ru', { name: 'region', id: 'akmola' }],
    ['#/control', { name: 'control' }],
    ['#/data', { name: 'data' }],
  ])('%s', (hash, route) => expect(parseHash(hash).route).toEqual(route));

  it('gives notFound for unknown paths and malformed ids', () => {
    expect(parseHash('#/nope').route.name).toBe('notFound');
    expect(parseHash('#/regions/<script>').route.name).toBe('notFound');
    expect(parseHash('#/map/extra/deep').route.name).toBe('notFound');
    expect(parseHash('#/%E0%A4%A').route.name).toBe('notFound');
  });

  it('exposes the query', () => {
    expect(parseHash('#/map?year=2019&metric=satisfaction&lang=ru').query.get('metric')).toBe('satisfaction');
  });
});

describe('buildHash', () => {
  it('round-trips routes and omits undefined values', () => {
    expect(buildHash({ name: 'overview' })).toBe('#/');
    expect(buildHash({ name: 'map' }, { year: '2019', metric: undefined, lang: 'ru' })).toBe('#/map?year=2019&lang=ru');
    expect(buildHash({ name: 'region', id: 'akmola' })).toBe('#/regions/akmola');
    const h = buildHash({ name: 'service', id: 'x_1' }, { q: 'a b&c' });
    expect(parseHash(h).route).toEqual({ name: 'service', id: 'x_1' });
    expect(parseHash(h).query.get('q')).toBe('a b&c');
  });
});

describe('readParams / writeParams', () => {
  // The app's years are the data's, given as values (lib/years); five made-up ones here.
  const YEARS = ['2016', '2017', '2018', '2019', '2020'] as const;
  const specs = {
    year: enumParam(YEARS, '2020'),
    metric: enumParam(['score', 'satisfaction'] as const, 'score'),
    regions: listParam(undefined, { max: 4 }),
    q: textParam(20),
  };

  it('parses valid values, defaults missing ones', () => {
    const { values, invalid } = readParams(specs, new URLSearchParams('year=2019&regions=akmola,pavlodar,akmola'));
    expect(values).toEqual({ year: '2019', metric: 'score', regions: ['akmola', 'pavlodar'], q: '' });
    expect(invalid).toEqual([]);
  });

  it('ignores invalid values and reports each one', () => {
    const { values, invalid } = readParams(specs, new URLSearchParams('year=1999&metric=<b>&regions=a,b,c,d,e&q=ok'));
    expect(values).toEqual({ year: '2020', metric: 'score', regions: [], q: 'ok' });
    expect(invalid.map((i) => i.param)).toEqual(['year', 'metric', 'regions']);
    expect(invalid[1]).toEqual({ param: 'metric', value: '<b>' });
  });

  it('rejects a value outside the list', () => {
    expect(readParams(specs, new URLSearchParams('year=2019.5')).invalid).toHaveLength(1);
    expect(readParams(specs, new URLSearchParams('year=')).invalid).toHaveLength(1);
  });

  it('omits defaults when writing', () => {
    expect(writeParams(specs, { year: '2020', metric: 'satisfaction', regions: [], q: '' })).toEqual({ metric: 'satisfaction' });
    expect(writeParams(specs, { year: '2018', regions: ['turkistan', 'shymkent'] })).toEqual({ year: '2018', regions: 'turkistan,shymkent' });
  });
});

describe('repeated parameters: the last one wins, everywhere', () => {
  const MAP = { year: enumParam(['2016', '2017', '2018', '2019', '2020'] as const, '2020') };

  it('reads the last value', () => {
    const q = new URLSearchParams('year=abc&year=2019');
    expect(paramValue(q, 'year')).toBe('2019');
    expect(paramValue(q, 'metric')).toBeNull();
    expect(readParams(MAP, q)).toEqual({ values: { year: '2019' }, invalid: [] });
  });

  it('flags the last value when it is the bad one', () => {
    expect(readParams(MAP, new URLSearchParams('year=2019&year=abc'))).toEqual({ values: { year: '2020' }, invalid: [{ param: 'year', value: 'abc' }] });
  });

  it('keeps the same value when a remembered language rewrites #/map?year=abc&year=2019', () => {
    const { route, query } = parseHash('#/map?year=abc&year=2019');
    const next = queryWithRememberedLocale(query, 'ru');
    expect(next).not.toBeNull();
    const rewritten = buildHash(route, queryValues(next!));
    expect(rewritten).toBe('#/map?year=2019&lang=ru');
    // What the page reads is the same before and after the rewrite.
    expect(readParams(MAP, parseHash(rewritten).query).values).toEqual(readParams(MAP, query).values);
  });

  it('applies the same rule to lang', () => {
    const q = parseHash('#/data?lang=ru&lang=en').query;
    expect(readParams(GLOBAL_PARAMS, q).values.lang).toBe('en');
    expect(queryValues(q)).toEqual({ lang: 'en' });
    expect(readParams(GLOBAL_PARAMS, parseHash('#/data?lang=en&lang=xx').query)).toEqual({ values: { lang: 'kk', embed: '0' }, invalid: [{ param: 'lang', value: 'xx' }] });
  });

  it('keeps names in first-seen order', () => {
    expect(Object.keys(queryValues(new URLSearchParams('a=1&b=2&a=3')))).toEqual(['a', 'b']);
  });
});
