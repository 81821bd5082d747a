import { describe, expect, it } from 'vitest';
import { migrateHash, URL_MIGRATIONS, type UrlMigration } from '../../src/lib/url/migrations.ts';
import { parseHash } from '../../src/lib/url/route.ts';

describe('permalink migrations', () => {
  it('each has a date and a reason', () => {
    for (const m of URL_MIGRATIONS) {
      expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.reason.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ['#/regions/nur_sultan', '#/regions/astana'],
    ['#/regions/nur_sultan?lang=ru&metric=satisfaction_pct', '#/regions/astana?lang=ru&metric=satisfaction_pct'],
    ['#/map?region=nur_sultan&year=2019', '#/map?region=astana&year=2019'],
    ['#/map?compare=akmola,nur_sultan', '#/map?compare=akmola%2Castana'],
    ['#/trends?regions=almaty_city,nur_sultan,shymkent&lang=en', '#/trends?regions=almaty_city%2Castana%2Cshymkent&lang=en'],
  ])('nur_sultan became astana: %s', (old, current) => {
    expect(migrateHash(old)).toBe(current);
  });

  it.each([
    ['#/control?own_topic=late&lang=ru', '#/reports?own_topic=late&lang=ru'],
    ['#/control?applicant=legal&own_grain=year&trend=value-desc', '#/reports?own_grain=year'],
    ['#/control?own_forms=2-mk&own_reporters=Clinic%201&own_regions=almaty_city', '#/reports?own_forms=2-mk&own_reporters=Clinic+1&own_regions=almaty_city'],
    ['#/control?embed=1&figure=own-trend&lang=kk', '#/reports?embed=1&figure=own-trend&lang=kk'],
    ['#/control#own-trends', '#/reports'],
    ['#/control#own-title?lang=en', '#/reports?lang=en'],
  ])('the workspace left #/control for #/reports: %s', (old, current) => {
    expect(migrateHash(old)).toBe(current);
    expect(parseHash(migrateHash(old)).route).toEqual({ name: 'reports' });
  });

  it('leaves #/control links that are not about the workspace where they are', () => {
    for (const hash of ['#/control', '#/control?applicant=legal', '#/control?embed=1&figure=control-trend', '#/control#control-trend', '#/reports?own_topic=late']) {
      expect(migrateHash(hash)).toBe(hash);
    }
  });

  it('reads the migrated address as the new page', () => {
    expect(parseHash(migrateHash('#/regions/nur_sultan')).route).toEqual({ name: 'region', id: 'astana' });
    expect(parseHash(migrateHash('#/trends?regions=nur_sultan')).query.get('regions')).toBe('astana');
  });

  it('leaves current and unrelated addresses untouched, byte for byte', () => {
    for (const hash of ['', '#/', '#/map?compare=akmola,shymkent', '#/regions/astana', '#/services/nur_sultan', '#/data?dataset=nur_sultan', '#/regions/nur_sultan_x', '#/map?region=nur_sultans']) {
      expect(migrateHash(hash)).toBe(hash);
    }
  });

  it('is idempotent', () => {
    const once = migrateHash('#/map?region=nur_sultan&compare=nur_sultan,akmola');
    expect(migrateHash(once)).toBe(once);
  });

  it('runs migrations in order, each on the result of the one before', () => {
    const rename = (from: string, to: string): UrlMigration => ({ date: '2030-01-01', reason: 'test', migrate: (u) => ({ ...u, path: u.path.map((s) => (s === from ? to : s)) }) });
    expect(migrateHash('#/a', [rename('a', 'b'), rename('b', 'c')])).toBe('#/c');
  });
});
