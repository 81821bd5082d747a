// Another language's words than the page's (a template in Russian from an English page): the
// dictionary is loaded on demand and the call settles; the words are a plain object of the
// library's functions, built once per language.
import { expect, it } from 'vitest';
import { translationsIn } from '../../src/lib/i18n/i18n.svelte.ts';

it('gives the words of a language not shown, loading its dictionary', async () => {
  const { tr: ru } = await translationsIn('ru');
  expect(ru.own.template.form()).toBe('Форма');
  const { tr: kk } = await translationsIn('kk');
  expect(kk.own.template.reporter()).not.toBe(ru.own.template.reporter());
  const { tr: en } = await translationsIn('en');
  expect(en.own.template.form()).toBe('Form');
});

it('reads a namespace as the same plain object each time (the library\'s Proxy copied it at every read), its words and arguments as before', async () => {
  const { tr: en } = await translationsIn('en');
  expect(en.own).toBe(en.own);
  expect(Object.getPrototypeOf(en.own)).toBe(Object.prototype);
  expect(en.own.template.form()).toBe('Form');
  expect(en.ownViews.regionSection.findings({ errors: '1', warnings: '0' })).toBe('Findings in the loaded files of this region: errors 1, warnings 0.');
  const { tr: ru } = await translationsIn('ru');
  expect(ru.ownViews.regionSection.findings({ errors: '2', warnings: '3' })).toContain('ошибок 2');
});
