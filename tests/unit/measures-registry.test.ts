import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPackage } from '../../scripts/schema/datapackage.ts';
import { describe, expect, it } from 'vitest';
import { i18nObject } from '../../src/i18n/i18n-util.ts';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';
import { axisFor, exportChangeOf, fitAxis, formatChangeOf, formatMeasure, formatMeasureChange, formatMeasureSpread, MEASURE_IDS, MEASURES } from '../../src/lib/measures/registry.ts';

loadAllLocales();

describe('measure registry', () => {
  it('defines score and satisfaction once: column, unit, decimals, change unit', () => {
    expect(MEASURE_IDS).toEqual(['avg_score', 'satisfaction_pct']);
    expect(MEASURES.avg_score).toMatchObject({ column: 'avg_score', unit: 'points', decimals: 2, changeUnit: 'points' });
    expect(MEASURES.satisfaction_pct).toMatchObject({ column: 'satisfaction_pct', unit: 'percent', decimals: 1, changeUnit: 'pp' });
    expect(MEASURES.respondents).toMatchObject({ unit: 'persons', decimals: 0 });
  });

  it('knows the scale of a survey year from its scale_max', () => {
    expect(MEASURES.avg_score.scale(5)).toEqual({ min: 1, max: 5 });
    expect(MEASURES.avg_score.scale(10)).toEqual({ min: 1, max: 10 });
    expect(MEASURES.satisfaction_pct.scale(10)).toEqual({ min: 0, max: 100 });
  });

  it('formats with two decimals for scores and one for percentages, in every locale', () => {
    expect(formatMeasure('avg_score', 4.5, 'en')).toBe('4.50');
    expect(formatMeasure('avg_score', 4.585, 'kk')).toBe('4,59');
    expect(formatMeasure('satisfaction_pct', 75.14, 'en')).toBe('75.1%');
    expect(formatMeasure('satisfaction_pct', 75.1, 'ru')).toBe('75,1\u00a0%');
    expect(formatMeasure('respondents', 9181, 'ru')).toBe('9\u00a0181');
    expect(formatMeasure('avg_score', null, 'en')).toBe('—');
    // The legend may ask for the precision of its class bounds.
    expect(formatMeasure('avg_score', 4.5, 'en', 1)).toBe('4.5');
  });

  it('formats changes signed, in the measure’s decimals; spreads unsigned', () => {
    expect(formatMeasureChange('avg_score', -0.19, 'en')).toBe('-0.19');
    expect(formatMeasureChange('avg_score', 0.1, 'en')).toBe('+0.10');
    // A percentage changes in percentage points, said so in every language.
    expect(formatMeasureChange('satisfaction_pct', 2, 'en')).toBe('+2.0\u00a0pp');
    expect(formatMeasureChange('satisfaction_pct', 0.3, 'ru')).toBe('+0,3\u00a0п.\u00a0п.');
    expect(formatMeasureChange('satisfaction_pct', -1.25, 'kk')).toBe('-1,3\u00a0п.т.');
    expect(formatMeasureSpread('satisfaction_pct', 12.34, 'en')).toBe('12.3\u00a0pp');
    const en = i18nObject('en');
    expect(formatChangeOf('avg_score', { kind: 'value', value: 0.12, fromYear: 1 }, 'en', en)).toBe('+0.12');
    expect(formatChangeOf('avg_score', { kind: 'break', reason: 'scale_change' }, 'en', en)).toBe(en.map.changeBreak());
    expect(formatChangeOf('avg_score', { kind: 'none' }, 'en', en)).toBe('—');
  });

  it('exports a change as a number, a series break in words, and no earlier value as blank', () => {
    const en = i18nObject('en');
    expect(exportChangeOf({ kind: 'value', value: -0.04, fromYear: 2017 }, en)).toBe(-0.04);
    expect(exportChangeOf({ kind: 'break', reason: 'turkistan_shymkent_split' }, en)).toBe(en.map.changeBreak());
    expect(exportChangeOf({ kind: 'none' }, en)).toBeNull();
  });

  it('shows a percentage always with one decimal, so 76 sits beside 74.2 as 76.0', () => {
    expect(formatMeasure('satisfaction_pct', 76, 'en')).toBe('76.0%');
    expect(formatMeasure('satisfaction_pct', 74.2, 'ru')).toBe('74,2\u00a0%');
  });

  it('puts score axes on the whole scale from 1 and percentage axes from 0; changes are free', () => {
    expect(axisFor('avg_score', 'abs')).toMatchObject({ min: 1, max: 5, floor: 1 });
    expect(axisFor('avg_score', 'abs', 10)).toMatchObject({ min: 1, max: 10 });
    expect(axisFor('satisfaction_pct', 'abs')).toMatchObject({ min: 0, max: 100 });
    expect(axisFor('respondents', 'abs')).toEqual({ min: 0, floor: 0, step: 1 });
    expect(axisFor('avg_score', 'change')).toEqual({});
  });

  it.each([
    // Akmola's score 2016–2020 against the national line: 4.57 … 4.92 → 4.5–5.0, cut above 1.
    { id: 'avg_score', values: [4.78, 4.83, 4.79, 4.92, 4.73, 4.59, 4.57, 4.66, 4.73, 4.58], fit: 'fitted', expected: { min: 4.5, max: 5, cut: true, floor: 1 } },
    { id: 'avg_score', values: [4.73, 4.92], fit: 'fitted', expected: { min: 4.6, max: 5, cut: true, floor: 1 } },
    // One value: half a step either side.
    { id: 'avg_score', values: [4.5], fit: 'fitted', expected: { min: 4.4, max: 4.6, cut: true, floor: 1 } },
    // Near the floor: starts at the floor, no cut for a sliver.
    { id: 'avg_score', values: [1.15, 2], fit: 'fitted', expected: { min: 1, max: 2.1, cut: false, floor: 1 } },
    { id: 'satisfaction_pct', values: [65.9, 75.1, null], fit: 'fitted', expected: { min: 60, max: 80, cut: true, floor: 0 } },
    // Never beyond the ceiling.
    { id: 'satisfaction_pct', values: [98, 100], fit: 'fitted', expected: { min: 95, max: 100, cut: true, floor: 0 } },
    // The full scale on request, and with nothing to fit.
    { id: 'avg_score', values: [4.73, 4.92], fit: 'full', expected: { min: 1, max: 5, cut: false, floor: 1 } },
    { id: 'avg_score', values: [null], fit: 'fitted', expected: { min: 1, max: 5, cut: false, floor: 1 } },
  ] as const)('fits the $id axis to $values ($fit)', ({ id, values, fit, expected }) => {
    expect(fitAxis(axisFor(id, 'abs'), values, fit)).toEqual(expected);
  });

  it('leaves a change axis to the chart', () => {
    expect(fitAxis(axisFor('avg_score', 'change'), [-0.2, 0.1], 'fitted')).toEqual({ cut: false });
  });

  it('has a label, a column label and change labels in kk, ru and en', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const t = i18nObject(locale);
      for (const spec of Object.values(MEASURES)) {
        for (const text of [spec.label(t), spec.columnLabel(t), spec.changeLabel(t), spec.changeAxisLabel(t)]) expect(text.length, `${locale} ${spec.id}`).toBeGreaterThan(0);
      }
    }
    const en = i18nObject('en');
    expect(MEASURES.satisfaction_pct.changeLabel(en)).toBe('Change, p.p.');
  });
});

/** Every .ts and .svelte file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

describe('no measure rule outside the registry', () => {
  it('no view or lib decides decimals by measure id (=== "avg_score" ? 2 : 1)', () => {
    const src = resolve(import.meta.dirname, '../../src');
    const offenders = sourceFiles(src).filter((f) => /avg_score'\s*\?\s*[12]\s*:\s*[12]|decimals:\s*metric|decimals:\s*measure/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('units: one vocabulary, the package\'s', () => {
  it('each measure has the sapa:unit of its column in every file of data/datapackage.json', () => {
    const pkg = readPackage();
    let seen = 0;
    for (const spec of Object.values(MEASURES)) {
      for (const r of pkg.resources) {
        const f = r.schema?.fields.find((x) => x.name === spec.column);
        if (!f?.['sapa:unit']) continue;
        seen++;
        expect(`${r.path} ${f.name}: ${f['sapa:unit']}`).toBe(`${r.path} ${f.name}: ${spec.unit}`);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});

