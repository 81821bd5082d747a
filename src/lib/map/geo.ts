// The region boundaries (data/geo/regions.topo.json, built by scripts/geo/build.ts) decoded to
// GeoJSON for Leaflet. Oblasts are polygons; the three cities are points drawn as markers.
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_BASE, parseJsonText } from '../data/load.ts';
import { yieldToMain } from '../schedule/yield-to-main.ts';
import type { DatasetError, DatasetProblem } from '../data/schema.ts';

export const GEO_FILE = 'geo/regions.topo.json';

export interface RegionsGeo {
  /** Oblast polygons, `id` = region_id. */
  polygons: Array<Feature<Polygon | MultiPolygon, { kind: string }> & { id: string }>;
  /** City markers: region_id and [lat, lng]. */
  cities: Array<{ id: string; latLng: [number, number] }>;
  /** South-west and north-east corners [lat, lng] around all of it, to fit the map before drawing. */
  bounds: [[number, number], [number, number]];
}

type Ring = number[][];

/** [[south, west], [north, east]] of the polygons' rings and the city points. */
export function boundsOf(polygons: RegionsGeo['polygons'], cities: RegionsGeo['cities']): RegionsGeo['bounds'] {
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
export function boundsFromBbox(bbox: number[] | undefined, polygons: RegionsGeo['polygons'], cities: RegionsGeo['cities']): RegionsGeo['bounds'] {
  if (!bbox || bbox.length !== 4 || !bbox.every(Number.isFinite)) return boundsOf(polygons, cities);
  const [west, south, east, north] = bbox as [number, number, number, number];
  const lats = cities.map((c) => c.latLng[0]);
  const lngs = cities.map((c) => c.latLng[1]);
  return [
    [Math.min(south, ...lats), Math.min(west, ...lngs)],
    [Math.max(north, ...lats), Math.max(east, ...lngs)],
  ];
}

/** Decode the TopoJSON file's two objects. Throws on a file that is not the expected shape. */
export function decodeRegions(topo: Topology): RegionsGeo {
  const regions = topo.objects['regions'] as GeometryCollection | undefined;
  const cities = topo.objects['cities'] as GeometryCollection | undefined;
  if (!regions || !cities) throw new Error('regions.topo.json: missing "regions" or "cities"');
  const fc = feature(topo, regions) as FeatureCollection<Polygon | MultiPolygon, { kind: string }>;
  const pts = feature(topo, cities) as FeatureCollection<Point>;
  const polygons = fc.features.map((f) => ({ ...f, id: String(f.id) }));
  const cityPoints = pts.features.map((f) => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    return { id: String(f.id), latLng: [Math.round(lat * 1e4) / 1e4, Math.round(lng * 1e4) / 1e4] as [number, number] };
  });
  return { polygons, cities: cityPoints, bounds: boundsFromBbox(topo.bbox, polygons, cityPoints) };
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
