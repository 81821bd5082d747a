import { describe, expect, it } from 'vitest';
import { externalHref, safeHref } from '../../src/lib/url/safe-link.ts';

describe('externalHref: only http and https become links', () => {
  it.each([
    ['https://www.gov.kz/memleket/entities/ads', 'https://www.gov.kz/memleket/entities/ads'],
    ['http://example.kz/a?b=1#c', 'http://example.kz/a?b=1#c'],
    ['HTTPS://EXAMPLE.KZ/', 'https://example.kz/'],
    ['  https://example.kz/x  ', 'https://example.kz/x'],
  ])('%j → %j', (raw, expected) => expect(externalHref(raw)).toBe(expected));

  it.each([
    'javascript:alert(11)',
    ' javascript:alert(11)',
    '\tjavascript:alert(11)',
    'JaVaScRiPt:alert(11)',
    'java\nscript:alert(11)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.kz/',
    'mailto:a@b.kz',
    '//evil.example/x',
    '/relative/path',
    'relative junk',
    '#/map',
    'https://user:pw@example.kz/',
    'https://',
    '',
    null,
    undefined,
  ])('%j is text', (raw) => expect(externalHref(raw)).toBeUndefined());
});

describe('safeHref: the app’s own hash links, else the external rule', () => {
  it.each([
    ['#/regions/akmola?lang=ru', '#/regions/akmola?lang=ru'],
    ['https://example.kz/', 'https://example.kz/'],
    ['javascript:alert(1)', undefined],
    [' JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,x', undefined],
  ])('%j → %j', (raw, expected) => expect(safeHref(raw)).toBe(expected));
});
