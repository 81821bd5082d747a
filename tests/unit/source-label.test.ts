import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../../src/lib/data/source-label.ts';

describe('sourceLabel', () => {
  it('renders table references in Kazakh and Russian', () => {
    expect(sourceLabel('2020 report, table 11', 'kk')).toBe('2020 жылғы баяндама, 11-кесте');
    expect(sourceLabel('2020 report, table 11', 'ru')).toBe('Отчёт 2020 г., таблица 11');
    expect(sourceLabel('2020 report, table 11', 'en')).toBe('2020 report, table 11');
  });
  it('handles sections, appendices and combined sources', () => {
    expect(sourceLabel('2020 report, section 2.54 (text)', 'kk')).toBe('2020 жылғы баяндама, 2.54-бөлім (мәтін)');
    expect(sourceLabel('2020 report, appendix B', 'ru')).toBe('Отчёт 2020 г., приложение Б');
    expect(sourceLabel('2020 report, table 8; respondents: table 1', 'ru')).toBe('Отчёт 2020 г., таблица 8; респонденты: таблица 1');
  });
  it('leaves unknown text alone', () => {
    expect(sourceLabel('<b>x</b>', 'kk')).toBe('<b>x</b>');
  });
});
