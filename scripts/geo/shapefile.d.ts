// The one function of the `shapefile` package (mbostock, BSD-3-Clause) the geo build uses; it ships no types.
declare module 'shapefile' {
  import type { FeatureCollection } from 'geojson';
  export function read(shp: string, dbf?: string, options?: { encoding?: string }): Promise<FeatureCollection>;
}
