import { describe, expect, it } from 'vitest';
import { inLocale } from '../../src/lib/data/in-locale.ts';
import { namer } from '../../src/lib/data/names.ts';

describe('inLocale', () => {
  const region = { region_id: 'akmola', name_kk: 'Ақмола облысы', name_ru: 'Акмолинская область', name_en: 'Akmola Region' };
  const note = { note_id: 'n1', text_kk: 'kk', text_ru: 'ru', text_en: 'en' };

  it('reads the column of the reader’s language', () => {
    expect(inLocale(region, 'name', 'kk')).toBe('Ақмола облысы');
    expect(inLocale(region, 'name', 'ru')).toBe('Акмолинская область');
    expect(inLocale(note, 'text', 'en')).toBe('en');
  });

  it('backs namer, which falls back to the id for an unknown row', () => {
    const name = namer([region], 'region_id', 'en');
    expect(name('akmola')).toBe('Akmola Region');
    expect(name('nowhere')).toBe('nowhere');
  });
});
