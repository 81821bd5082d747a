/// <reference types="vite-plugin-pwa/vanillajs" />
// The service worker's side that the page sees: register it (production builds only; the dev
// server never has one) and say when a newer version is waiting. Workbox, through
// vite-plugin-pwa's registerSW, does the work; this file only holds the state for the banner.

let updateWaiting = $state(false);
let started = false;

// A reader may keep one tab open for days: ask the server for a new version now and then, as a
// navigation would (this site's pages are hash routes, so there are no navigations after the first).
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** How long a waiting version may take to take over after the reader asks before the page reloads anyway. */
const TAKE_OVER_MS = 5000;
/** Set (in this tab's session) when the reader asked for the new version and the page reloaded before it took over. */
const ASKED_KEY = 'sapa-update-asked';

let reloading = false;
/** Reload the page, once: the paths that ask for it (a new controller, an activated worker, a timer) may all fire. */
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage denied (a sandboxed embed): no follow-up reload, the banner stays
  }
}

/** True once a newer version is installed and waits for the reader to reload. */
export function updateAvailable(): boolean {
  return updateWaiting;
}

/** Register the service worker once per page (no-op in dev, in tests without a build, or without support). */
export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  // The reader asked for the new version and the page reloaded before it took over (see
  // reloadToUpdate): when it takes over this page, load the page again from it.
  const asked = session();
  if (asked?.getItem(ASKED_KEY)) {
    asked.removeItem(ASKED_KEY);
    // It takes over later (a controller change), or it already has (no version waits any more:
    // this page may still be the old one's, so load it once more).
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    void navigator.serviceWorker.getRegistration().then((r) => {
      if (r && !r.waiting && !r.installing) reloadOnce();
    }).catch(() => undefined);
  }
  // Loaded on its own: the registration code (with workbox-window, fetched after the page's load
  // event) never weighs on the first page.
  void import('virtual:pwa-register').then(({ registerSW }) => {
    registerSW({
      onNeedRefresh: () => (updateWaiting = true),
      onRegisteredSW: (_url, registration) => {
        if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
      },
    });
  }).catch((e: unknown) => {
    // A page denied its origin's storage (a sandboxed embed) may not register a worker: it
    // works on without one, as on a first visit.
    console.warn('service worker not registered', e);
  });
}

/**
 * Let the waiting version take over; the page reloads once it controls it. Done here rather than
 * through registerSW's updater, whose reload hangs on workbox-window's bookkeeping of which worker
 * is "external" (a worker found over a minute after registering is), which a full CI run met once:
 * the click was taken and the page never reloaded. Whichever comes first reloads: the new
 * controller, or the waiting worker reaching "activated" (a page that lost its controller).
 */
export async function reloadToUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const waiting = registration?.waiting;
  if (!waiting) {
    reloadOnce();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated') reloadOnce();
  });
  // The message the generated worker listens for (vite-plugin-pwa's prompt mode).
  waiting.postMessage({ type: 'SKIP_WAITING' });
  // The running version may hold the switch while it still has work for this page (Chromium waits
  // for it; a full CI run saw the new worker stay "installed" for 90 s after the click). Reloading
  // ends that work; the new version, told to skip waiting, then takes over the reloaded page, which
  // loads itself again from it (startServiceWorker).
  setTimeout(() => {
    if (reloading) return;
    try {
      session()?.setItem(ASKED_KEY, '1');
    } catch {
      // storage full or denied: the reload alone still ends the old version's work
    }
    reloadOnce();
  }, TAKE_OVER_MS);
}
