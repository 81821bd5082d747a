// data:check against data/datapackage.json: the committed data passes; each kind of schema error is caught on tampered copies;
// a documented source misprint is reported instead of failing.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, readTables, undescribedFields } from '../../scripts/check/main.ts';
import { readPackage } from '../../scripts/schema/datapackage.ts';
import { validate, type RawTables } from '../../scripts/check/schema.ts';

const DATA = resolve(__dirname, '../../data');
const pristine = readTables(DATA);
const copy = (): RawTables => JSON.parse(JSON.stringify(pristine)) as RawTables;
const header = (t: string[][] | undefined, col: string) => (t?.[0] ?? []).indexOf(col);

describe('data:check on the committed data', () => {
  it('has no schema errors and lists every disagreement in notes.csv', () => {
    const report = checkData(DATA);
    expect(report.errors).toEqual([]);
    expect(report.unlisted).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0); // the report does contradict itself
    expect(report.documented.some((m) => m.includes('service_headlines') && m.includes('76'))).toBe(true);
  });
});

describe('schema errors are caught', () => {
  it('duplicate keys', () => {
    const raw = copy();
    raw.national?.push([...(raw.national?.[1] ?? [])]);
    expect(validate(raw).errors.join('\n')).toMatch(/national.csv: duplicate primary key 20\d\d/);
  });
  it('unknown ids', () => {
    const raw = copy();
    const r = raw.bodies?.[1];
    if (r) r[header(raw.bodies, 'body_id')] = 'ministry_of_magic';
    expect(validate(raw).errors.join('\n')).toMatch(/bodies.csv: body_id "ministry_of_magic" is not in reference\/bodies.csv/);
  });
  it('scores outside the scale without a note, percentages over 100, comma decimals', () => {
    const raw = copy();
    const b = raw.bodies?.[1];
    if (b) b[header(raw.bodies, 'avg_score')] = '5.2';
    const r = raw.regions?.[1];
    if (r) r[header(raw.regions, 'satisfaction_pct')] = '101';
    const n = raw.national?.[1];
    if (n) n[header(raw.national, 'avg_score')] = '4,58';
    const errors = validate(raw).errors.join('\n');
    expect(errors).toMatch(/bodies.csv:2 avg_score: 5.2 outside 1–5 \(and no note/);
    expect(errors).toMatch(/regions.csv:2 satisfaction_pct: 101 is above the maximum 100/);
    expect(errors).toMatch(/national.csv:2 avg_score: "4,58" is not a number/);
  });
  it('ranks with a gap', () => {
    const raw = copy();
    const rank = header(raw.services, 'rank');
    const r = raw.services?.find((x) => x[rank] === '5');
    if (r) r[rank] = '63';
    expect(validate(raw).errors.join('\n')).toMatch(/services.csv: ranks of group 2020 are not 1..62/);
  });
  it('a wrong header, or the right columns in another order', () => {
    const raw = copy();
    if (raw.providers?.[0]) raw.providers[0][0] = 'provider';
    const h = raw.national?.[0];
    if (h) [h[1], h[2]] = [h[2] ?? '', h[1] ?? ''];
    const errors = validate(raw).errors.join('\n');
    expect(errors).toMatch(/providers.csv: header/);
    expect(errors).toMatch(/national.csv: header "year,satisfaction_pct,avg_score/);
  });
  it('a value outside an enum, a pattern, a type', () => {
    const raw = copy();
    const r = raw.regions?.[1];
    if (r) r[header(raw.regions, 'scope')] = 'everything';
    const s = raw.services?.[1];
    if (s) s[header(raw.services, 'source_number')] = 'table 8';
    const v = raw.refServices?.[1];
    if (v) v[header(raw.refServices, 'surveyed')] = 'yes';
    const reg = raw.refRegions?.[1];
    if (reg) reg[header(raw.refRegions, 'valid_from')] = '19.06.2018';
    const errors = validate(raw).errors.join('\n');
    expect(errors).toMatch(/regions.csv:2 scope: "everything" not one of leb\|all_providers\|appendix_b/);
    expect(errors).toMatch(/services.csv:2 source_number: "table 8" does not match/);
    expect(errors).toMatch(/reference\/services.csv:2 surveyed: "yes" is not true\/false/);
    expect(errors).toMatch(/reference\/regions.csv:2 valid_from: "19.06.2018" is not a date/);
  });
});

describe('every column is described for readers in kk, ru and en', () => {
  it('the committed package describes every field in the three languages', () => {
    expect(undescribedFields(readPackage(resolve(DATA, 'datapackage.json')))).toEqual([]);
  });
  it('a field without its Kazakh or Russian meaning fails the check', () => {
    const pkg = readPackage(resolve(DATA, 'datapackage.json'));
    const fields = pkg.resources.find((r) => r.path === 'monitoring/regions.csv')?.schema?.fields ?? [];
    const year = fields.find((f) => f.name === 'year');
    const scope = fields.find((f) => f.name === 'scope');
    if (!year?.['sapa:description'] || !scope?.['sapa:description']) throw new Error('fixture fields missing');
    delete year['sapa:description'].kk;
    scope['sapa:description'].ru = '  ';
    expect(undescribedFields(pkg)).toEqual([
      'monitoring/regions.csv: column year has no description in kk (sapa:description)',
      'monitoring/regions.csv: column scope has no description in ru (sapa:description)',
    ]);
  });
});
