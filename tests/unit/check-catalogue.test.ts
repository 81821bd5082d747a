import { describe, expect, it } from 'vitest';
import { checkCatalogue, type Probe } from '../../src/lib/data/check-catalogue.ts';
import type { Catalogue } from '../../src/lib/data/data-catalogue.ts';

const tri = { kk: 't', ru: 't', en: 't' };
const catalogue: Catalogue = {
  zip: { path: 'sapa-data.zip', bytes: 5000 },
  dictionary: tri,
  files: [
    { path: 'monitoring/regions.csv', title: tri, description: tri, rows: 10, bytes: 1200 },
    { path: 'monitoring/bodies.csv', title: tri, description: tri, rows: 5, bytes: 800 },
    { path: 'reference/regions.csv', title: tri, description: tri, rows: 20, bytes: 300 },
  ],
};
const server = (answers: Record<string, Probe | null | 'throw'>) => async (path: string) => {
  const a = answers[path];
  if (a === 'throw') throw new Error('network');
  return a ?? { status: 200, bytes: null };
};

describe('checkCatalogue', () => {
  it('finds nothing when the server has every file at its listed size', async () => {
    expect(await checkCatalogue(catalogue, server({ 'sapa-data.zip': { status: 200, bytes: 5000 }, 'monitoring/regions.csv': { status: 200, bytes: 1200 } }))).toEqual([]);
  });

  it('names a listed file the server does not have, and one of another size (the ZIP too)', async () => {
    const problems = await checkCatalogue(
      catalogue,
      server({ 'monitoring/bodies.csv': { status: 404, bytes: 120 }, 'monitoring/regions.csv': { status: 200, bytes: 99 }, 'sapa-data.zip': { status: 410, bytes: null } }),
    );
    expect(problems).toEqual([
      { path: 'sapa-data.zip', kind: 'missing', status: 410 },
      { path: 'monitoring/regions.csv', kind: 'size', listed: 1200, found: 99 },
      { path: 'monitoring/bodies.csv', kind: 'missing', status: 404 },
    ]);
  });

  it('says nothing against a file it could not ask about (offline, network error, a size not told, a server error)', async () => {
    const problems = await checkCatalogue(
      catalogue,
      server({ 'monitoring/regions.csv': null, 'monitoring/bodies.csv': 'throw', 'reference/regions.csv': { status: 200, bytes: null }, 'sapa-data.zip': { status: 503, bytes: 10 } }),
    );
    expect(problems).toEqual([]);
  });
});
