import { describe, expect, it } from 'vitest';
import { collationKey, compareText, memoKey, sortByText } from '../../src/lib/i18n/collate.ts';

const sorted = (xs: string[]) => [...xs].sort(compareText);

describe('compareText', () => {
  it('follows the Kazakh alphabet (Ә after А, Қ after К, Ү after У, І after Ы)', () => {
    expect(sorted(['Лаз', 'Қаз', 'Каз', 'Әке', 'Ана'])).toEqual(['Ана', 'Әке', 'Каз', 'Қаз', 'Лаз']);
    expect(sorted(['Іле', 'Үй', 'Ыстық', 'Уақыт', 'Ұлы'])).toEqual(['Уақыт', 'Ұлы', 'Үй', 'Ыстық', 'Іле']);
    expect(sorted(['Павлодар', 'Ақмола', 'Шымкент', 'Алматы'])).toEqual(['Ақмола', 'Алматы', 'Павлодар', 'Шымкент']);
  });
  it('agrees with Russian order (ё as е, case ignored)', () => {
    expect(sorted(['юрист', 'ёлка', 'Ежик', 'Жук', 'ящик', 'Эхо'])).toEqual(['Ежик', 'ёлка', 'Жук', 'Эхо', 'юрист', 'ящик']);
  });
  it('compares runs of digits as numbers', () => {
    expect(sorted(['2.14', '2.9', '10.1', '2.1'])).toEqual(['2.1', '2.9', '2.14', '10.1']);
    expect(sorted(['s10', 's9', 's1'])).toEqual(['s1', 's9', 's10']);
  });
  it('puts punctuation and digits before letters, Cyrillic before Latin (CLDR kk, ru)', () => {
    expect(sorted(['Банк', '«Адам»', 'Bank', '5 жыл', 'apple'])).toEqual(['«Адам»', '5 жыл', 'Банк', 'apple', 'Bank']);
    // Names opening with a Roman numeral follow the Cyrillic names.
    expect(sorted(['II, III және IV санаттағы', 'Ақпарат', 'I санаттағы', 'Жер'])).toEqual(['Ақпарат', 'Жер', 'I санаттағы', 'II, III және IV санаттағы']);
  });
  it('is a total order: texts equal by these rules still compare by code units, and a text equals itself', () => {
    expect(compareText('Ель', 'ель')).not.toBe(0);
    expect(Math.sign(compareText('Ель', 'ель'))).toBe(-Math.sign(compareText('ель', 'Ель')));
    expect(compareText('Алматы', 'Алматы')).toBe(0);
    expect(compareText('Алма', 'Алматы')).toBeLessThan(0);
  });
});

describe('sortByText', () => {
  it('orders like compareText, computing each key once', () => {
    const names = ['Шымкент', 'Ақмола', 'Алматы', 'Павлодар', '2.14', '2.9', 'Ёлка', 'Ежик'];
    const texts: string[] = [];
    const sorted = sortByText(names, (n) => (texts.push(n), n));
    expect(sorted).toEqual([...names].sort(compareText));
    expect(texts).toHaveLength(names.length);
  });
});

describe('memoKey', () => {
  it('gives the collation key, made once per text and then shared', () => {
    const a = memoKey('Қарағанды облысы');
    expect(a).toEqual(collationKey('Қарағанды облысы'));
    expect(memoKey('Қарағанды облысы')).toBe(a);
    expect(memoKey('Қостанай облысы')).not.toBe(a);
  });

  it('stays bounded: after many texts an early one is made again (equal, not the same array)', () => {
    const first = memoKey('memo-first');
    for (let i = 0; i < 6000; i++) memoKey(`memo-${i}`);
    const again = memoKey('memo-first');
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
