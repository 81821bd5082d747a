import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { queryWithRememberedLocale, rememberedLocale } from './lib/i18n/remember.ts';
import { parseHash, buildHash } from './lib/url/route.ts';
import { startLocationSync } from './lib/url/location.svelte.ts';
import { ensureLocale } from './lib/i18n/i18n.svelte.ts';
import { readParams } from './lib/url/params.ts';
import { GLOBAL_PARAMS } from './lib/url/globals.ts';

// A URL without lang= opens in the language the visitor chose last time, and says so in the URL.
function applyRememberedLocale(): void {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const { route, query } = parseHash(window.location.hash);
  const next = queryWithRememberedLocale(query, rememberedLocale(storage));
  if (next) window.history.replaceState(null, '', buildHash(route, Object.fromEntries(next)));
}

applyRememberedLocale();
// Registered before the location sync so a typed-in URL without lang= is completed first.
window.addEventListener('hashchange', applyRememberedLocale);
startLocationSync();
const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// Render in the requested language from the first paint (no flash of Kazakh for ru/en readers).
await ensureLocale(readParams(GLOBAL_PARAMS, parseHash(window.location.hash).query).values.lang);
export default mount(App, { target });
