// The controls of a page, found by what they are rather than by view (so views can change), and
// one interaction with each: used by scripts/bench-trace.mjs (latency to the paint) and
// scripts/bench-cls.mjs (layout shift after a change).
/**
 * The page's controls, found by what they are rather than by view, so views can change: table
 * sort buttons, selects, range inputs and radio groups (year, metric, dataset, filter by
 * ministry…), search boxes (filter), checkboxes and row selection (entity), a view's tabs
 * (table) and the language switcher. At most one of each kind and name.
 */
export async function findControls(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const name = (el) => el.getAttribute('data-testid') || el.getAttribute('name') || el.id || el.getAttribute('aria-label') || '';
    const kindOf = (label, fallback) => (/year/i.test(label) ? 'year' : /dataset/i.test(label) ? 'dataset' : /metric|measure|mode|scope/i.test(label) ? 'metric' : fallback);
    const found = [];
    const seen = new Set();
    const add = (kind, label, selector, action) => {
      const k = `${kind}:${label}`;
      if (seen.has(k)) return;
      seen.add(k);
      found.push({ control: k, selector, action });
    };
    const sortButtons = [...main.querySelectorAll('table')].map((t) => t.querySelector('button.sort')).filter(Boolean);
    for (const b of sortButtons.slice(0, 2)) {
      const table = b.closest('[data-testid]')?.getAttribute('data-testid') ?? 'table';
      add('sort', table, table === 'table' ? 'main button.sort' : `[data-testid="${table}"] button.sort`, 'click');
    }
    for (const s of main.querySelectorAll('select')) {
      const label = name(s);
      if (label) add(kindOf(label, 'filter'), label, s.getAttribute('data-testid') ? `[data-testid="${label}"]` : `main select[name="${label}"], main select#${label}`, 'arrows');
    }
    for (const r of main.querySelectorAll('input[type="range"]')) {
      const label = name(r) || 'range';
      add(kindOf(label, 'year'), label, r.getAttribute('data-testid') ? `[data-testid="${label}"]` : 'main input[type="range"]', 'arrows');
    }
    for (const r of main.querySelectorAll('input[type="radio"]')) {
      const group = r.getAttribute('name');
      if (group) add(kindOf(group, 'metric'), group, `main input[type="radio"][name="${group}"]:checked`, 'arrows');
    }
    for (const i of main.querySelectorAll('input[type="search"]')) {
      const label = name(i) || 'search';
      add('filter', label, i.getAttribute('data-testid') ? `[data-testid="${label}"]` : 'main input[type="search"]', 'type');
    }
    const box = [...main.querySelectorAll('input[type="checkbox"]:not([disabled])')].find((b) => b.getClientRects().length > 0);
    if (box) {
      const id = box.getAttribute('data-compare-id') ? `[data-compare-id="${box.getAttribute('data-compare-id')}"]` : box.value ? `[value="${box.value}"]` : '';
      if (id) add('entity', 'checkbox', `main input[type="checkbox"]${id}`, 'space');
    }
    if (main.querySelector('button.select')) add('entity', 'row', 'main button.select', 'rows');
    // A view's tabs (the rankings' tables): another table of the same view.
    if (main.querySelector('nav.tabs a:not([aria-current])')) add('table', 'tabs', 'main nav.tabs a:not([aria-current])', 'click');
    // The language switcher (in the header): the view is mounted again in the other language.
    if (document.querySelector('[data-lang]:not([aria-current="true"])')) add('language', 'switcher', '[data-lang]:not([aria-current="true"])', 'click');
    return found;
  });
}

/** One interaction with a control; the value changes each time (down then up, on then off). */
export async function interact(page, control, i) {
  const el = page.locator(control.selector).first();
  switch (control.action) {
    case 'click':
      await el.click();
      return;
    case 'rows':
      await page.locator(control.selector).nth(i % 2).click();
      return;
    case 'space':
      await el.focus();
      await page.keyboard.press('Space');
      return;
    case 'type':
      await el.focus();
      await page.keyboard.press(i % 2 ? 'Backspace' : 'a');
      return;
    case 'arrows': {
      await el.focus();
      const before = await el.evaluate((e) => e.value);
      const keys = i % 2 ? ['ArrowUp', 'ArrowDown'] : ['ArrowDown', 'ArrowUp'];
      await page.keyboard.press(keys[0]);
      // At the end of the list the first key does nothing: the other one is the interaction then.
      const after = await page.locator(control.selector).first().evaluate((e) => e.value).catch(() => null);
      if (after === before) await page.keyboard.press(keys[1]);
      return;
    }
  }
}

