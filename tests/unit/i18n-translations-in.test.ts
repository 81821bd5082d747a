// Another language's words than the page's (a template in Russian from an English page): the
// dictionary is loaded on demand and the call settles (the translation functions are a Proxy
// that would pass for a thenable if a promise resolved with them directly).
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
