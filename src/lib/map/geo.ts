// The region boundaries (data/geo/regions.topo.json, built by scripts/geo/build.ts) decoded to
// GeoJSON for Leaflet. The file holds one object per period of the regions (`sapa:periods`): the
// map draws the regions valid on the day it shows (lib/regions/periods.ts), each period decoded
// the first time it is asked for. The three cities are points drawn as markers (their polygons are
// a few pixels wide at country scale) while they exist.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_BASE, parseJsonText } from '../data/load.ts';
import { yieldToMain } from '../schedule/yield-to-main.ts';
import type { DatasetError, DatasetProblem } from '../data/schema.ts';
import { validOn, type IsoDay } from '../regions/periods.ts';

export const GEO_FILE = 'geo/regions.topo.json';

export type RegionPolygon = Feature<Polygon | MultiPolygon, { kind?: string }> & { id: string };

/** What the map draws for one period. */
export interface RegionShapes {
  /** Region polygons (cities included), `id` = region_id. */
  polygons: RegionPolygon[];
  /** City markers of the cities valid in the period: region_id and [lat, lng]. */
  cities: Array<{ id: string; latLng: [number, number] }>;
  /** South-west and north-east corners [lat, lng] around the country, to fit the map before drawing. */
  bounds: [[number, number], [number, number]];
}

export interface GeoPeriod {
  object: string;
  valid_from: IsoDay | null;
  valid_to: IsoDay | null;
}

export interface RegionsGeo {
  topo: Topology;
  periods: GeoPeriod[];
  /** Every city marker in the file (shapesOn keeps those of the period). */
  cities: Array<{ id: string; latLng: [number, number] }>;
  bounds: [[number, number], [number, number]];
  /** Decoded periods, by object name. */
  decoded: Map<string, RegionShapes>;
}

type Ring = number[][];

/** [[south, west], [north, east]] of the polygons' rings and the city points. */
export function boundsOf(polygons: RegionShapes['polygons'], cities: RegionShapes['cities']): RegionShapes['bounds'] {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const add = (lat: number, lng: number) => {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  };
  for (const f of polygons) {
    const rings: Ring[] = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings) for (const [lng, lat] of ring) add(lat as number, lng as number);
  }
  for (const c of cities) add(c.latLng[0], c.latLng[1]);
  return [
    [south, west],
    [north, east],
  ];
}

/**
 * The bounds from the file's own `bbox` ([west, south, east, north], written by the geo build)
 * widened to the city points: no walk over every coordinate on the main thread (the walk was
 * most of the decoding task on the map page). Without a bbox, the walk.
 */
export function boundsFromBbox(bbox: number[] | undefined, polygons: RegionShapes['polygons'], cities: RegionShapes['cities']): RegionShapes['bounds'] {
  if (!bbox || bbox.length !== 4 || !bbox.every(Number.isFinite)) return boundsOf(polygons, cities);
  const [west, south, east, north] = bbox as [number, number, number, number];
  const lats = cities.map((c) => c.latLng[0]);
  const lngs = cities.map((c) => c.latLng[1]);
  return [
    [Math.min(south, ...lats), Math.min(west, ...lngs)],
    [Math.max(north, ...lats), Math.max(east, ...lngs)],
  ];
}

/** The file's periods: `sapa:periods`, or the one `regions` object of a file without them. */
function periodsOf(topo: Topology): GeoPeriod[] {
  const listed = (topo as Topology & { 'sapa:periods'?: unknown })['sapa:periods'];
  if (!Array.isArray(listed)) return [{ object: 'regions', valid_from: null, valid_to: null }];
  return listed.map((p: Partial<GeoPeriod>) => {
    if (typeof p.object !== 'string' || !topo.objects[p.object]) throw new Error(`regions.topo.json: period object ${String(p.object)} missing`);
    return { object: p.object, valid_from: p.valid_from ?? null, valid_to: p.valid_to ?? null };
  });
}

/** Read the file's periods and city points (no polygon decoded yet). Throws on a file that is not the expected shape. */
export function decodeRegions(topo: Topology): RegionsGeo {
  const regions = topo.objects['regions'] as GeometryCollection | undefined;
  const cities = topo.objects['cities'] as GeometryCollection | undefined;
  if (!regions || !cities) throw new Error('regions.topo.json: missing "regions" or "cities"');
  const pts = feature(topo, cities) as FeatureCollection<Point>;
  const cityPoints = pts.features.map((f) => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    return { id: String(f.id), latLng: [Math.round(lat * 1e4) / 1e4, Math.round(lng * 1e4) / 1e4] as [number, number] };
  });
  const periods = periodsOf(topo);
  const geo: RegionsGeo = { topo, periods, cities: cityPoints, bounds: [[0, 0], [0, 0]], decoded: new Map() };
  if (topo.bbox) geo.bounds = boundsFromBbox(topo.bbox, [], cityPoints);
  else {
    // No bbox: walk today's polygons, then decode again with the bounds found.
    geo.bounds = boundsOf(shapesOn(geo, null).polygons, cityPoints);
    geo.decoded.clear();
  }
  return geo;
}

/** The period of the file that holds `day` (null: the latest). */
export function periodOn(geo: Pick<RegionsGeo, 'periods'>, day: IsoDay | null): GeoPeriod {
  const found = day === null ? geo.periods.find((p) => p.valid_to === null) : geo.periods.find((p) => validOn(p, day));
  const period = found ?? geo.periods[0];
  if (!period) throw new Error('regions.topo.json: no period');
  return period;
}

/** The polygons and city markers valid on `day` (null: today's), decoded once per period. */
export function shapesOn(geo: RegionsGeo, day: IsoDay | null): RegionShapes {
  const period = periodOn(geo, day);
  const known = geo.decoded.get(period.object);
  if (known) return known;
  const fc = feature(geo.topo, geo.topo.objects[period.object] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { kind?: string }>;
  const polygons = fc.features.map((f) => ({ ...f, id: String(f.id) }));
  const ids = new Set(polygons.map((p) => p.id));
  const shapes = { polygons, cities: geo.cities.filter((c) => ids.has(c.id)), bounds: geo.bounds };
  geo.decoded.set(period.object, shapes);
  return shapes;
}

let cached: Promise<{ ok: true; geo: RegionsGeo } | { ok: false; error: DatasetError }> | undefined;

/** Fetch and decode once per page load; a failure is not cached, so Retry refetches. */
export function loadRegionsGeo(): Promise<{ ok: true; geo: RegionsGeo } | { ok: false; error: DatasetError }> {
  if (cached) return cached;
  const fail = (status: string) => ({ ok: false as const, error: { file: GEO_FILE, line: null, problem: { code: 'network' as const, status } } });
  const failParse = (problem: DatasetProblem) => ({ ok: false as const, error: { file: GEO_FILE, line: null, problem } });
  cached = (async () => {
    let res: Response;
    try {
      res = await fetch(DATA_BASE + GEO_FILE);
    } catch {
      return fail('—');
    }
    if (!res.ok) return fail(String(res.status));
    let text: string;
    try {
      text = await res.text();
    } catch {
      return fail('—');
    }
    const json = parseJsonText(text);
    if (!json.ok) return failParse(json.problem);
    try {
      const topo = json.value as Topology;
      // Decoding is a task of its own, not part of whatever renders next.
      await yieldToMain();
      const geo = decodeRegions(topo);
      await yieldToMain();
      return { ok: true as const, geo };
    } catch {
      // A JSON value that is not the regions' topology.
      return failParse({ code: 'parse', detail: 'jsonShape' });
    }
  })().then((r) => {
    if (!r.ok) cached = undefined;
    return r;
  });
  return cached;
}
