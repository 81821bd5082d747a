import { describe, expect, it } from 'vitest';
import { storageReason } from '../../src/lib/control/own/store.ts';

describe('storageReason: why the browser refused, from the error’s name (its message is often empty)', () => {
  it.each([
    [new DOMException('', 'QuotaExceededError'), 'quota'],
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    [new DOMException('', 'SecurityError'), 'unavailable'],
    [new DOMException('', 'InvalidStateError'), 'unavailable'],
    [new Error('x'), 'other'],
    ['a string', 'other'],
  ] as const)('%s → %s', (e, reason) => expect(storageReason(e)).toBe(reason));
});
