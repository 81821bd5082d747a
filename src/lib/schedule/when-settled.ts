/**
 * After the next two frames (or 200 ms in a tab that draws none): by then the intersection
 * observers of the parts that render when on screen (WhenVisible) have been told, and those parts
 * show their own loading line.
 */
function afterTwoFrames(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      ),
    );
  });
}

/** What a view shows while a part of it is still to come: a loading line or a `Later` placeholder. */
export const PENDING_SELECTOR = '[aria-busy="true"], [data-pending]';

/**
 * Call `then` once `root` holds nothing pending (no loading line, no `Later` placeholder), two
 * frames after its last change, so whatever mounts in `then` (the share tools, the footer) lands below
 * a view that is already whole and is never pushed down by it (a layout shift), and is not rendered
 * in the same task as the view's last part. Returns a function that stops watching.
 */
export function whenSettled(root: HTMLElement, then: () => void): () => void {
  let live = true;
  let checking = false;
  const pending = () => root.querySelector(PENDING_SELECTOR) !== null;
  const check = () => {
    if (checking || pending()) return;
    checking = true;
    void afterTwoFrames().then(() => {
      checking = false;
      if (!live) return;
      if (pending()) return;
      live = false;
      observer.disconnect();
      then();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'data-pending'] });
  check();
  return () => {
    live = false;
    observer.disconnect();
  };
}
