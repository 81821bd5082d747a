// The region names notes use, for extractor tests: the Kazakh names the extractor wrote to
// data/reference/regions.csv (from table 4), through the extractor's own namer.
import { readFileSync } from 'node:fs';
import { regionNamer } from '../../scripts/extract/reference/regions.ts';

const lines = readFileSync(new URL('../../data/reference/regions.csv', import.meta.url), 'utf8').trim().split(/\r?\n/).slice(1);
export const namesKk = new Map(lines.map((l) => {
  const [id = '', , kk = ''] = l.split(',');
  return [id, kk] as const;
}));
export const regionName = regionNamer(namesKk);
