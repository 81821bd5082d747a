// A namer of a year's names (lib/regions/names.ts namesInYear): the capital by the name it had at
// the end of the survey year, every other region by today's name, any year "none" → today's names.
import { describe, expect, it } from 'vitest';
import { namesInYear } from '../../src/lib/regions/names.ts';

const today = (id: string) => ({ astana: 'Astana city', akmola: 'Akmola Region' })[id] ?? id;

describe('namesInYear', () => {
  it('names the capital Nur-Sultan for 2019–2021 and Astana before and after', () => {
    expect(namesInYear(today, 2020, 'en')('astana')).toBe('Nur-Sultan city');
    expect(namesInYear(today, 2019, 'ru')('astana')).toBe('г. Нур-Султан');
    expect(namesInYear(today, 2018, 'en')('astana')).toBe('Astana city');
    expect(namesInYear(today, 2025, 'kk')('astana')).toBe('Астана қ.');
  });
  it('keeps today\'s name where no other is dated, and for no year', () => {
    expect(namesInYear(today, 2020, 'en')('akmola')).toBe('Akmola Region');
    expect(namesInYear(today, null, 'en')('astana')).toBe('Astana city');
    expect(namesInYear(today, undefined, 'en')).toBe(today);
    expect(namesInYear(today, Number.NaN, 'en')('astana')).toBe('Astana city');
  });
  it('reads the names given instead of region_names.csv', () => {
    const names = [{ region_id: 'akmola', name_kk: 'А', name_ru: 'А', name_en: 'Old Akmola', valid_from: null, valid_to: '2020-01-01', source: 'test' }];
    expect(namesInYear(today, 2019, 'en', names)('akmola')).toBe('Old Akmola');
    expect(namesInYear(today, 2020, 'en', names)('akmola')).toBe('Akmola Region');
  });
});
