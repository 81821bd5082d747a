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
 * Call `start` once, when `el` first comes on screen or the page is about to be printed (at once
 * where IntersectionObserver is missing). For heavy parts (a map, a chart) that need not weigh on
 * the page's load while they are below the first screen. Returns a function that cancels it.
 */
export function whenOnScreen(el: Element, start: () => void): () => void {
  let done = false;
  const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire()) : undefined;
  // A print started without the event (a headless PDF) still switches the media query.
  const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
  const onMedia = (e: MediaQueryListEvent) => e.matches && fire();
  function stop() {
    observer?.disconnect();
    window.removeEventListener('beforeprint', fire);
    print?.removeEventListener('change', onMedia);
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
  window.addEventListener('beforeprint', fire);
  print?.addEventListener('change', onMedia);
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
  const print = () => onchange(true);
  observer.observe(el);
  window.addEventListener('beforeprint', print);
  return () => {
    observer.disconnect();
    window.removeEventListener('beforeprint', print);
  };
}
