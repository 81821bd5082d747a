// Printing: from the print dialog's event to its end, or while the print media applies (a
// headless PDF switches the media without the event). Listened to from the module's load, before
// any part's own listener, so that a part built by another part's beforeprint handler (a chart in
// a section that renders on approach) already knows that the page is printing.
let printEvent = false;
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener('beforeprint', () => (printEvent = true));
  window.addEventListener('afterprint', () => (printEvent = false));
}

/** Whether the page is being printed now. */
export function isPrinting(): boolean {
  return printEvent || (typeof matchMedia === 'function' && matchMedia('print').matches);
}

/**
 * Call `start` when the page starts printing and `end` (if given) when it stops: the print
 * dialog's before/afterprint, and the print media query, which a print started without the event
 * switches too (a headless PDF). Either may come first, so `start` must bear being called twice.
 * Returns a function that stops listening. The one home of print listening for every part.
 */
export function onPrint(start: () => void, end?: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => undefined;
  const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
  const onMedia = (e: MediaQueryListEvent) => (e.matches ? start() : end?.());
  window.addEventListener('beforeprint', start);
  if (end) window.addEventListener('afterprint', end);
  media?.addEventListener('change', onMedia);
  return () => {
    window.removeEventListener('beforeprint', start);
    if (end) window.removeEventListener('afterprint', end);
    media?.removeEventListener('change', onMedia);
  };
}

/**
 * Call `start` once, when `el` first comes on screen or the page is about to be printed (at once
 * where IntersectionObserver is missing). For heavy parts (a map, a chart) that need not weigh on
 * the page's load while they are below the first screen. Returns a function that cancels it.
 */
export function whenOnScreen(el: Element, start: () => void): () => void {
  let done = false;
  const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire()) : undefined;
  let stopPrint = () => undefined as void;
  function stop() {
    observer?.disconnect();
    stopPrint();
  }
  function fire() {
    if (done) return;
    done = true;
    stop();
    start();
  }
  if (!observer || isPrinting()) {
    fire();
    return stop;
  }
  observer.observe(el);
  stopPrint = onPrint(fire);
  return stop;
}

/**
 * Tell `onchange` whenever `el` comes on or goes off screen; printing counts as on screen (the
 * page is about to be laid out whole). Where IntersectionObserver is missing it is always on
 * screen. For updates that can wait until a part is seen (a chart below the fold redrawn after a
 * control changed). Returns a function that stops watching.
 */
export function watchOnScreen(el: Element, onchange: (onScreen: boolean) => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    onchange(true);
    return () => undefined;
  }
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (last) onchange(last.isIntersecting);
  });
  observer.observe(el);
  const stopPrint = onPrint(() => onchange(true));
  return () => {
    observer.disconnect();
    stopPrint();
  };
}
