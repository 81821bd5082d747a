// Derive data/geo/regions.topo.json from the geokz 2024 boundaries in ../shared/geo/kz-adm1-2024/.
// Usage: npm run geo:build   (deterministic: the same input gives the same bytes)
//
// The source has the 20 regions since 8 June 2022. Every earlier map follows from it by merging
// whole regions back into the region they split from (reference/regions.csv: valid_from,
// split_from), because each change was a split along whole districts. So one set of shared arcs
// serves every period, and each period is one object of the topology:
// - `regions` holds the 20 regions as polygons keyed by region_id (the period since 2022-06-08);
// - `regions_<from>` and `regions_start` the regions of each earlier period, each a merge of the
//   20 polygons' arcs (topojson-client mergeArcs), keyed by the region_id valid then (before
//   19 June 2018 `turkistan` is South Kazakhstan, Shymkent included);
// - `sapa:periods` (top level) names, per period, its object and first and last day;
// - `cities`: a point inside each city of republican significance, where the map draws a marker
//   (their polygons are a few pixels wide at country scale).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { read as readShapefile } from 'shapefile';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterAttachedWeight } from 'topojson-simplify';
import { bbox as bboxOf, feature as toFeature, mergeArcs, quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import Papa from 'papaparse';
import { regionPeriods } from '../../src/lib/regions/periods.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIR = resolve(ROOT, '../shared/geo/kz-adm1-2024');
const SHP = resolve(SOURCE_DIR, 'kaz_admbnda_adm1_2024.shp');
const DBF = resolve(SOURCE_DIR, 'kaz_admbnda_adm1_2024.dbf');
const REGIONS_CSV = resolve(ROOT, 'data/reference/regions.csv');
const OUT_DIR = resolve(ROOT, 'data/geo');
const OUT = resolve(OUT_DIR, 'regions.topo.json');
const SOURCE_MD = resolve(OUT_DIR, 'SOURCE.md');

/** Share of the (weighted) points kept by the simplification, and the quantization grid. */
const KEEP_QUANTILE = 0.06;
const QUANTIZATION = 1e4;
/** Islands and specks smaller than this (square degrees, planar) are dropped unless attached. */
const MIN_RING_AREA = 0.004;
/** Holes of a merged region smaller than this (square degrees; a city is 0.08 or more) are seams, filled. */
const MIN_HOLE_AREA = 0.01;

/** Planar area (square degrees) of a ring given as arc indexes. */
function ringArea(topo: Topology, ring: number[]): number {
  const f = toFeature(topo, { type: 'Polygon', arcs: [ring] }) as Feature<Polygon>;
  const r = f.geometry.coordinates[0] ?? [];
  let a = 0;
  for (let i = 1; i < r.length; i++) a += r[i - 1]![0]! * r[i]![1]! - r[i]![0]! * r[i - 1]![1]!;
  return Math.abs(a / 2);
}

/** The credit the licence asks for, wherever the map is shown or shipped. */
export const CREDIT = 'geokz (A. Rodionov), after the Bureau of National Statistics of Kazakhstan, CC BY 4.0';

// The source's ADM1_PCODE → our region_id.
const BY_PCODE: Record<string, string> = {
  KZ10: 'abai', KZ11: 'akmola', KZ15: 'aktobe', KZ19: 'almaty_region', KZ23: 'atyrau', KZ27: 'west_kazakhstan',
  KZ31: 'zhambyl', KZ33: 'zhetysu', KZ35: 'karaganda', KZ39: 'kostanay', KZ43: 'kyzylorda', KZ47: 'mangystau',
  KZ55: 'pavlodar', KZ59: 'north_kazakhstan', KZ61: 'turkistan', KZ62: 'ulytau', KZ63: 'east_kazakhstan',
  KZ71: 'astana', KZ75: 'almaty_city', KZ79: 'shymkent',
};

interface SourceProps { ADM1_PCODE: string; ADM1_KK: string; ADM1_RU: string; ADM1_EN: string }
interface RegionCsvRow { region_id: string; kind: string; name_kk: string; name_ru: string; name_en: string; valid_from: string; valid_to: string; split_from: string }

function readRegions(): RegionCsvRow[] {
  const parsed = Papa.parse<RegionCsvRow>(readFileSync(REGIONS_CSV, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`regions.csv: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Area-weighted centroid of a polygon's outer ring (planar, fine for a marker inside a city). */
function centroid(ring: Position[]): [number, number] {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!;
    const [x1 = 0, y1 = 0] = ring[i + 1]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  return [x / (3 * a), y / (3 * a)];
}

function largestOuterRing(g: Polygon | MultiPolygon): Position[] {
  const outers = g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
  const area = (r: Position[]) => Math.abs(r.reduce((s, p, i) => (i === 0 ? 0 : s + (r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!)), 0));
  return outers.reduce((best, r) => (area(r) > area(best) ? r : best));
}

/** The later regions' names in regions.csv are the shapefile's, with the word for "region". */
function checkLaterNames(regions: readonly RegionCsvRow[], byId: ReadonlyMap<string, SourceProps>): void {
  for (const r of regions.filter((x) => x.valid_from >= '2022-01-01')) {
    const p = byId.get(r.region_id);
    if (!p) throw new Error(`${r.region_id} is not in the shapefile`);
    const want = { name_kk: `${p.ADM1_KK} облысы`, name_ru: `${p.ADM1_RU} область`, name_en: `${p.ADM1_EN} Region` };
    for (const [k, v] of Object.entries(want)) if (r[k as keyof RegionCsvRow] !== v) throw new Error(`regions.csv ${r.region_id} ${k} "${r[k as keyof RegionCsvRow]}" is not the shapefile's "${v}"`);
  }
}

async function main(): Promise<void> {
  const source = (await readShapefile(SHP, DBF, { encoding: 'utf-8' })) as FeatureCollection<Polygon | MultiPolygon, SourceProps>;
  const regions = readRegions();
  const kinds = new Map(regions.map((r) => [r.region_id, r]));
  const byId = new Map<string, Feature<Polygon | MultiPolygon, SourceProps>>();
  for (const f of source.features) {
    const id = BY_PCODE[f.properties.ADM1_PCODE];
    if (!id) throw new Error(`unmapped feature ${f.properties.ADM1_PCODE} ${f.properties.ADM1_EN}`);
    if (!kinds.has(id)) throw new Error(`${id} is not in data/reference/regions.csv`);
    byId.set(id, f);
  }
  checkLaterNames(regions, new Map([...byId].map(([id, f]) => [id, f.properties])));

  const periods = regionPeriods(regions.map((r) => ({ region_id: r.region_id, valid_from: r.valid_from || null, valid_to: r.valid_to || null })));
  const latest = periods[0]!;
  const ids = [...byId.keys()].sort();
  if (latest.to !== null || latest.ids.slice().sort().join() !== ids.join()) throw new Error(`the source's regions are not those valid today: ${ids.join()} vs ${latest.ids.sort().join()}`);

  // Shared arcs, simplified (Visvalingam), small detached islands dropped, then quantized.
  const collection: FeatureCollection = { type: 'FeatureCollection', features: ids.map((id) => ({ type: 'Feature', id, properties: {}, geometry: byId.get(id)!.geometry })) };
  type Simplifiable = Parameters<typeof presimplify>[0];
  const raw = presimplify(topology({ regions: collection }) as unknown as Simplifiable);
  const simple = simplify(raw, quantile(raw, KEEP_QUANTILE));
  const filtered = filter(simple, filterAttachedWeight(simple, MIN_RING_AREA));
  const topo = quantize(filtered as unknown as Parameters<typeof quantize>[0], QUANTIZATION) as Topology;
  const current = topo.objects['regions'] as GeometryCollection;
  const geomOf = new Map(current.geometries.map((g) => [String(g.id), g as TopoPolygon | TopoMultiPolygon]));

  /** The region that holds `id`'s territory on a day: itself, or the region it split from, recursively. */
  const ownerIn = (id: string, valid: ReadonlySet<string>): string => {
    let at = id;
    while (!valid.has(at)) {
      const parent = kinds.get(at)?.split_from;
      if (!parent) throw new Error(`${id} has no region valid in the period to merge into`);
      at = parent;
    }
    return at;
  };

  const objects: Record<string, unknown> = {};
  const periodList: Array<{ object: string; valid_from: string | null; valid_to: string | null; regions: number }> = [];
  for (const p of periods) {
    const name = p === latest ? 'regions' : `regions_${p.from ?? 'start'}`;
    const valid = new Set(p.ids);
    if (p === latest) objects[name] = { type: 'GeometryCollection', geometries: current.geometries.map((g) => ({ type: g.type, id: g.id, arcs: (g as TopoPolygon).arcs })) };
    else {
      const members = new Map<string, string[]>();
      for (const id of ids) {
        const owner = ownerIn(id, valid);
        members.set(owner, [...(members.get(owner) ?? []), id]);
      }
      const geometries = [...members.keys()].sort().map((owner) => {
        const parts = members.get(owner)!;
        if (parts.length === 1) return { type: geomOf.get(owner)!.type, id: owner, arcs: geomOf.get(owner)!.arcs };
        const merged = mergeArcs(topo, parts.map((id) => geomOf.get(id)!) as Array<TopoPolygon | TopoMultiPolygon>);
        // Where the source's neighbours do not meet exactly, their seam leaves slivers between
        // them: holes of the merged region that no region fills. Real holes (a city) are kept.
        merged.arcs = merged.arcs.map((poly) => [poly[0]!, ...poly.slice(1).filter((ring) => ringArea(topo, ring) >= MIN_HOLE_AREA)]);
        return merged.arcs.length === 1 ? { type: 'Polygon', id: owner, arcs: merged.arcs[0] } : { type: 'MultiPolygon', id: owner, arcs: merged.arcs };
      });
      objects[name] = { type: 'GeometryCollection', geometries };
    }
    periodList.push({ object: name, valid_from: p.from, valid_to: p.to, regions: p.ids.length });
  }

  const cities = ids.filter((id) => kinds.get(id)?.kind === 'city').map((id) => {
    const [lon, lat] = centroid(largestOuterRing(byId.get(id)!.geometry));
    const tf = topo.transform!;
    return { type: 'Point', id, coordinates: [Math.round((round(lon, 4) - tf.translate[0]) / tf.scale[0]), Math.round((round(lat, 4) - tf.translate[1]) / tf.scale[1])] };
  });
  objects['cities'] = { type: 'GeometryCollection', geometries: cities };

  // The bbox of the quantized arcs (the map fits to it without walking every point).
  const out = { type: 'Topology', bbox: bboxOf(topo).map((v) => round(v, 6)), transform: topo.transform, 'sapa:periods': periodList, 'sapa:credit': CREDIT, objects, arcs: topo.arcs };
  mkdirSync(dirname(OUT), { recursive: true });
  const json = JSON.stringify(out);
  writeFileSync(OUT, json + '\n');
  writeFileSync(SOURCE_MD, sourceNote(json.length, periodList));
  console.log(`wrote ${OUT} (${(json.length / 1024).toFixed(1)} KB; ${periodList.map((p) => `${p.object}: ${p.regions}`).join(', ')}; ${cities.length} city points)`);
}

function sourceNote(bytes: number, periods: ReadonlyArray<{ object: string; valid_from: string | null; valid_to: string | null; regions: number }>): string {
  const rows = periods.map((p) => `| \`${p.object}\` | ${p.valid_from ?? '—'} | ${p.valid_to ?? '—'} | ${p.regions} |`).join('\n');
  return `# Boundaries: source and licence

\`regions.topo.json\` (TopoJSON, ${(bytes / 1024).toFixed(0)} KB) is **generated** by \`npm run geo:build\`
(\`scripts/geo/build.ts\`). Do not edit by hand.

- **Source**: the 20 first-level administrative regions of Kazakhstan as of 2024,
  \`kaz_admbnda_adm1_2024\` (ESRI shapefile, WGS 84, scale about 1:1 million) from the R package
  **geokz** 1.0.2 by Alexander Rodionov (\`inst/shape/\`), after the Bureau of National Statistics of
  Kazakhstan; kept in \`../shared/geo/kz-adm1-2024/\`.
- **Licence**: Creative Commons Attribution 4.0 International (**CC BY 4.0**). Credit, wherever the
  map is shown or shipped: "${CREDIT}". This derived file is simplified (see below) and carries the
  same licence.
- Кредит / Атрибуция (kk): "geokz (А. Родионов), Қазақстан Республикасы Ұлттық статистика бюросының
  деректері бойынша, CC BY 4.0"; (ru): "geokz (А. Родионов), по данным Бюро национальной статистики
  Республики Казахстан, CC BY 4.0".

## Periods

Each period is one object of the file (\`sapa:periods\` lists them): the regions valid from its first
to its last day (\`reference/regions.csv\`: \`valid_from\`, \`valid_to\`, \`split_from\`).

| object | first day | last day | regions |
|---|---|---|---|
${rows}

## How it is derived

1. Each polygon is keyed by our \`region_id\` via its \`ADM1_PCODE\`; the names of the regions of
   8 June 2022 in \`reference/regions.csv\` are checked against the file's \`ADM1_KK\`, \`ADM1_RU\`
   and \`ADM1_EN\`.
2. Object \`regions\`: the 20 polygons, shared arcs, simplified with Visvalingam's method
   (\`topojson-simplify\`, keeping the ${KEEP_QUANTILE} quantile of point weights), detached islands
   under ${MIN_RING_AREA} square degrees dropped, quantized to a ${QUANTIZATION}×${QUANTIZATION} grid.
3. Earlier periods: each region that did not exist yet is merged back into the region it split
   from (\`split_from\`), by merging arcs (\`topojson-client\` \`mergeArcs\`), so Abai, Zhetysu and
   Ulytau rejoin East Kazakhstan, Almaty region and Karaganda before 8 June 2022, and Shymkent
   rejoins \`turkistan\` (then South Kazakhstan) before 19 June 2018.
4. Object \`cities\`: a point inside each city of republican significance (the area centroid of
   its largest part), where the map draws a marker large enough to point at.

The file draws the Baikonur complex (leased to Russia) as part of Kyzylorda region.
Boundaries are simplified for a country-scale overview and are not authoritative.
`;
}

await main();
