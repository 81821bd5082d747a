import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { queryWithRememberedLocale, rememberedLocale } from './lib/i18n/remember.ts';
import { parseHash, buildHash } from './lib/url/route.ts';
import { startLocationSync } from './lib/url/location.svelte.ts';
import { ensureLocale } from './lib/i18n/i18n.svelte.ts';
import { queryValues, readParams } from './lib/url/params.ts';
import { GLOBAL_PARAMS } from './lib/url/globals.ts';
import { migrateHash } from './lib/url/migrations.ts';
import { yieldToMain } from './lib/schedule/yield-to-main.ts';
import { localStore } from './lib/device/storage.ts';

// The address as the app will read it, shown in the address bar (history.replaceState, so Back
// does not return to the old form): an old permalink is migrated to the current one, and a URL
// without lang= opens in the language the visitor chose last time, and says so.
function canonicalizeAddress(): void {
  const migrated = migrateHash(window.location.hash);
  if (migrated !== window.location.hash) window.history.replaceState(null, '', migrated);
  const { route, query } = parseHash(migrated);
  const next = queryWithRememberedLocale(query, rememberedLocale(localStore));
  if (next) window.history.replaceState(null, '', buildHash(route, queryValues(next)));
}

canonicalizeAddress();
// Registered before the location sync, so a typed-in or followed URL is rewritten before it is read.
window.addEventListener('hashchange', canonicalizeAddress);
startLocationSync();
const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// Render in the requested language from the first paint (no flash of Kazakh for ru/en readers).
await ensureLocale(readParams(GLOBAL_PARAMS, parseHash(window.location.hash).query).values.lang);
// Evaluating this bundle and mounting the app are two tasks, not one: on a slow phone each is
// about half of what one long task would block for (the page is still blank in between, as it
// was while the bundle loaded, so nothing flashes).
await yieldToMain();
export default mount(App, { target });
