import { describe, expect, it } from 'vitest';
import { loadAllLocales } from '../../src/i18n/i18n-util.sync.ts';
import { i18n } from '../../src/i18n/i18n-util.ts';
import { buildHash, parseHash } from '../../src/lib/url/route.ts';
import { navRoutes, navSection, pageTitle, ROUTE_NAMES, routeSpec, staticHeading, type Route } from '../../src/lib/url/routes.ts';

loadAllLocales();
const en = i18n().en;

/** Each route of the table with a sample id where its path needs one. */
function sample(name: (typeof ROUTE_NAMES)[number]): Route {
  const path = routeSpec(name).path;
  if (path === null) return { name: 'notFound', path: '/no-such-page' };
  return (path.includes(':id') ? { name, id: routeSpec(name).exampleId } : { name }) as Route;
}

describe('route table', () => {
  it('parses back every route it builds', () => {
    for (const name of ROUTE_NAMES) expect(parseHash(buildHash(sample(name))).route).toEqual(sample(name));
  });

  it('gives every detail route an example id (the browser tests visit it)', () => {
    for (const name of ROUTE_NAMES) if (routeSpec(name).path?.includes(':id')) expect(routeSpec(name).exampleId, name).toMatch(/^[a-z0-9_]+$/);
  });

  it('builds the menu in order, without detail pages', () => {
    const names = navRoutes().map((r) => r.name);
    expect(names.slice(0, 3)).toEqual(['overview', 'map', 'rankings']);
    expect(names).not.toContain('service');
    expect(names).not.toContain('notFound');
    const orders = names.map((n) => routeSpec(n).nav?.order ?? NaN);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    expect(navRoutes()[1]?.label(en)).toBe('Map');
  });

  it('marks a detail page’s section as current', () => {
    expect(navSection('service')).toBe('services');
    expect(navSection('region')).toBe('map');
    expect(navSection('data')).toBe('data');
  });

  it('titles a page by the entity’s name once known, else by its id', () => {
    expect(pageTitle({ name: 'service', id: 'ambulance_call' }, en)).toBe('Service: ambulance_call');
    expect(pageTitle({ name: 'service', id: 'ambulance_call' }, en, 'Ambulance call')).toBe('Service: Ambulance call');
    expect(pageTitle({ name: 'notFound', path: '/x' }, en)).toBe('Page not found');
  });

  it('gives an early heading only to pages with a static lede', () => {
    expect(staticHeading({ name: 'data' }, en)?.title).toBe('Data & methods');
    expect(staticHeading({ name: 'overview' }, en)).toBeNull();
    expect(staticHeading({ name: 'region', id: 'akmola' }, en)).toBeNull();
  });
});
