import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadDataset, mapInputs } from './fixtures.ts';
import { compareScopes, compareServices, nationalSeries, rankHistory, regionSeries, serviceComparison, validCompareIds } from '../../src/lib/map/region.ts';
import { boundsFromBbox, boundsOf, decodeRegions, shapesOn } from '../../src/lib/map/geo.ts';
import { regionsOn, surveyDay } from '../../src/lib/regions/periods.ts';
import type { MapInputs } from '../../src/lib/map/select.ts';

const load = loadDataset;
const inputs: MapInputs = mapInputs();
const services = load('monitoring/services.csv');

describe('boundaries file', () => {
  const topoFile = () => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/geo/regions.topo.json'), 'utf8')) as Topology;
  const allRegions = load('reference/regions.csv');
  const idsOn = (day: string | null) => shapesOn(decodeRegions(topoFile()), day).polygons.map((p) => p.id).sort();

  it('draws the 20 regions since 8 June 2022, the 17 of 2018–2022 and the 16 before, keyed as in regions.csv', () => {
    const today = idsOn(null);
    expect(today).toHaveLength(20);
    expect(today).toEqual(allRegions.map((r) => r.region_id).sort());
    expect(idsOn('2022-06-08')).toEqual(today);
    const of2018 = idsOn('2022-06-07');
    expect(of2018).toHaveLength(17);
    expect(of2018).toEqual(regionsOn(allRegions, '2022-06-07').map((r) => r.region_id).sort());
    expect(idsOn('2018-06-19')).toEqual(of2018);
    expect(of2018).not.toContain('abai');
    expect(of2018).toContain('shymkent');
    const before = idsOn('2018-06-18');
    expect(before).toHaveLength(16);
    expect(before).not.toContain('shymkent');
    expect(before).toContain('turkistan');
    // Survey years: the regions at the end of each year.
    expect(idsOn(surveyDay(2016))).toEqual(before);
    expect(idsOn(surveyDay(2017))).toEqual(before);
    for (const y of [2018, 2019, 2020]) expect(idsOn(surveyDay(y))).toEqual(of2018);
  });

  it('merges whole regions back: the 2018–2022 Karaganda is Karaganda and Ulytau of today', () => {
    const geo = decodeRegions(topoFile());
    const rings = (day: string | null, id: string) => {
      const g = shapesOn(geo, day).polygons.find((p) => p.id === id)!.geometry;
      return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    };
    // A shoelace area in square degrees (outer rings less holes), enough to compare.
    const area = (polys: number[][][][]) => polys.reduce((s, poly) => s + poly.reduce((t, ring, i) => {
      let a = 0;
      for (let k = 1; k < ring.length; k++) a += ring[k - 1]![0]! * ring[k]![1]! - ring[k]![0]! * ring[k - 1]![1]!;
      return t + (i === 0 ? 1 : -1) * Math.abs(a / 2);
    }, 0), 0);
    const merged = area(rings('2020-12-31', 'karaganda'));
    const parts = area(rings(null, 'karaganda')) + area(rings(null, 'ulytau'));
    expect(merged).toBeCloseTo(parts, 3);
    expect(area(rings('2017-12-31', 'turkistan'))).toBeCloseTo(area(rings(null, 'turkistan')) + area(rings(null, 'shymkent')), 3);
  });

  it('has a marker point for each city, shown while the city is a region, and fits Kazakhstan', () => {
    const geo = decodeRegions(topoFile());
    expect(geo.cities.map((c) => c.id).sort()).toEqual(['almaty_city', 'astana', 'shymkent']);
    const shymkent = geo.cities.find((c) => c.id === 'shymkent')!;
    expect(shymkent.latLng[0]).toBeCloseTo(42.3, 0);
    expect(shymkent.latLng[1]).toBeCloseTo(69.6, 0);
    expect(shapesOn(geo, '2017-12-31').cities.map((c) => c.id).sort()).toEqual(['almaty_city', 'astana']);
    expect(shapesOn(geo, '2019-12-31').cities.map((c) => c.id).sort()).toEqual(['almaty_city', 'astana', 'shymkent']);
    // Kazakhstan lies within about 40.5–55.5° N and 46.5–87.5° E.
    const [[south, west], [north, east]] = geo.bounds;
    expect(south).toBeGreaterThan(40);
    expect(south).toBeLessThan(41.5);
    expect(north).toBeGreaterThan(55);
    expect(north).toBeLessThan(56);
    expect(west).toBeGreaterThan(46);
    expect(west).toBeLessThan(47);
    expect(east).toBeGreaterThan(87);
    expect(east).toBeLessThan(88);
    // Within ±50 % of the Natural Earth file it replaced (17,002 bytes).
    const bytes = readFileSync(resolve(import.meta.dirname, '../../data/geo/regions.topo.json')).length;
    expect(bytes).toBeGreaterThan(8_500);
    expect(bytes).toBeLessThan(25_500);
    // The licence's credit travels with the file.
    expect((topoFile() as Topology & { 'sapa:credit'?: string })['sapa:credit']).toMatch(/geokz \(A\. Rodionov\).*CC BY 4\.0/);
  });
  it('bounds take in every ring of multi-polygons and the city points', () => {
    const square = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y]]];
    const polygons = [
      { type: 'Feature', id: 'a', properties: { kind: 'oblast' }, geometry: { type: 'Polygon', coordinates: square(50, 45) } },
      { type: 'Feature', id: 'b', properties: { kind: 'oblast' }, geometry: { type: 'MultiPolygon', coordinates: [square(60, 40), square(70, 52)] } },
    ] as unknown as Parameters<typeof boundsOf>[0];
    expect(boundsOf(polygons, [{ id: 'c', latLng: [56.5, 49] }])).toEqual([
      [40, 49],
      [56.5, 71],
    ]);
  });
  it('bounds from the file bbox equal the walk over every coordinate, and a city outside widens them', () => {
    const topo = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/geo/regions.topo.json'), 'utf8')) as Topology;
    expect(topo.bbox).toHaveLength(4);
    const geo = decodeRegions(topo);
    const walked = boundsOf(shapesOn(geo, null).polygons, geo.cities);
    geo.bounds.flat().forEach((v, i) => expect(v).toBeCloseTo(walked.flat()[i] as number, 6));
    expect(boundsFromBbox([50, 45, 60, 55], [], [{ id: 'c', latLng: [56, 49] }])).toEqual([
      [45, 49],
      [56, 60],
    ]);
    // No usable bbox: the walk.
    const polygons = [
      { type: 'Feature', id: 'a', properties: { kind: 'oblast' }, geometry: { type: 'Polygon', coordinates: [[[50, 45], [51, 45], [51, 46], [50, 45]]] } },
    ] as unknown as Parameters<typeof boundsOf>[0];
    expect(boundsFromBbox(undefined, polygons, [])).toEqual([
      [45, 50],
      [46, 51],
    ]);
    expect(boundsFromBbox([1, 2, Number.NaN, 4], polygons, [])).toEqual(boundsOf(polygons, []));
  });
  it('rejects a file without the expected objects', () => {
    expect(() => decodeRegions({ type: 'Topology', objects: {}, arcs: [] } as unknown as Topology)).toThrow();
  });
});

describe('region page figures', () => {
  it('gives the local-executive-body series and the national reference for the same years', () => {
    const s = regionSeries('shymkent', 'leb', 'avg_score', inputs);
    expect(s).toEqual([
      { year: 2016, value: null },
      { year: 2017, value: null },
      { year: 2018, value: 4.64 },
      { year: 2019, value: 4.44 },
      { year: 2020, value: 4.56 },
    ]);
    expect(nationalSeries(load('monitoring/national.csv'), 'avg_score', [2015, 2016, 2020])).toEqual([
      { year: 2015, value: null }, // 10-point scale: not comparable
      { year: 2016, value: 4.59 },
      { year: 2020, value: 4.58 },
    ]);
  });
  it('lists the rank history with published and computed ranks', () => {
    const h = rankHistory('akmola', 'avg_score', inputs);
    expect(h.map((e) => `${e.scope}:${e.year}:${e.rank}/${e.of}:${e.published ? 'p' : 'c'}`)).toEqual([
      'leb:2016:2/16:c',
      'leb:2017:2/16:c', // 4.83, tied with Aktobe behind North Kazakhstan's 4.98: both 2nd
      'leb:2018:4/17:c',
      'leb:2019:1/17:c',
      'leb:2020:1/17:p',
      'all_providers:2020:2/17:p',
      'appendix_b:2020:4/17:p',
    ]);
  });
  it('compares a region’s services with the national value, strongest first', () => {
    const rows = serviceComparison('turkistan', 'avg_score', inputs.serviceRegions, services);
    expect(rows).toHaveLength(18);
    // land_plot_for_construction: Turkistan 4.91 vs Kazakhstan 4.45 → +0.46, 3rd of 16 regions.
    expect(rows[0]).toMatchObject({ serviceId: 'land_plot_for_construction', value: 4.91, national: 4.45, difference: 0.46, rank: 3, of: 16 });
    const diffs = rows.map((r) => r.difference).filter((d): d is number => d !== null);
    expect(diffs).toEqual([...diffs].sort((a, b) => b - a));
    expect(rows[rows.length - 1]!.value).toBeNull();
  });
});

describe('compare', () => {
  it('puts the chosen regions side by side in every table and year', () => {
    const lines = compareScopes(['akmola', 'shymkent'], 'avg_score', inputs);
    expect(lines.map((l) => `${l.scope}:${l.year}`)).toEqual(['leb:2020', 'leb:2019', 'leb:2018', 'leb:2017', 'leb:2016', 'all_providers:2020', 'appendix_b:2020']);
    expect(lines[0]!.cells['akmola']).toEqual({ value: 4.73, rank: 1, of: 17, exists: true });
    expect(lines[3]!.cells['shymkent']).toEqual({ value: null, rank: null, of: 16, exists: false });
  });
  it('gives per-service values and the spread, largest first', () => {
    const lines = compareServices(['akmola', 'shymkent'], 'avg_score', inputs.serviceRegions, services);
    expect(lines).toHaveLength(18);
    const spreads = lines.map((l) => l.spread).filter((s): s is number => s !== null);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    const sale = lines.find((l) => l.serviceId === 'land_plot_sale')!;
    expect(sale.values['shymkent']).toBeNull(); // no value published for Shymkent
    expect(sale.spread).toBeNull();
  });
  it('keeps only known ids, at most four', () => {
    expect(validCompareIds(['akmola', 'nope', 'aktobe', 'atyrau', 'pavlodar', 'kostanay'], inputs.regions)).toEqual(['akmola', 'aktobe', 'atyrau', 'pavlodar']);
  });
});
