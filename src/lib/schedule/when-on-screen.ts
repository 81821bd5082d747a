/**
 * Call `start` once, when `el` first comes on screen or the page is about to be printed (at once
 * where IntersectionObserver is missing). For heavy parts (a map, a chart) that need not weigh on
 * the page's load while they are below the first screen. Returns a function that cancels it.
 */
export function whenOnScreen(el: Element, start: () => void): () => void {
  let done = false;
  const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire()) : undefined;
  function stop() {
    observer?.disconnect();
    window.removeEventListener('beforeprint', fire);
  }
  function fire() {
    if (done) return;
    done = true;
    stop();
    start();
  }
  if (!observer) {
    fire();
    return stop;
  }
  observer.observe(el);
  window.addEventListener('beforeprint', fire);
  return stop;
}
