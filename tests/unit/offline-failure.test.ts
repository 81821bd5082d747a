import { describe, expect, it } from 'vitest';
import { datasetFailedOffline, viewLoadFailure } from '../../src/lib/offline/offline-failure.ts';
import type { DatasetError } from '../../src/lib/data/schema.ts';

const networkError = (status: string): DatasetError => ({ file: 'monitoring/regions.csv', line: null, problem: { code: 'network', status } });

describe('datasetFailedOffline', () => {
  it('is offline when fetch itself failed (no HTTP status), online or not', () => {
    expect(datasetFailedOffline(networkError('—'), true)).toBe(true);
    expect(datasetFailedOffline(networkError('—'), false)).toBe(true);
  });

  it('is offline for any network problem when the browser says it is offline', () => {
    expect(datasetFailedOffline(networkError('503'), false)).toBe(true);
  });

  it('keeps an HTTP error from a reachable server as a file error', () => {
    expect(datasetFailedOffline(networkError('404'), true)).toBe(false);
    expect(datasetFailedOffline(networkError('500'), true)).toBe(false);
  });

  it('never turns a bad file into an offline message', () => {
    const bad: DatasetError = { file: 'monitoring/regions.csv', line: 3, problem: { code: 'notNumber', column: 'avg_score', value: 'x' } };
    expect(datasetFailedOffline(bad, false)).toBe(false);
    expect(datasetFailedOffline({ file: 'x.csv', line: null, problem: { code: 'empty' } }, false)).toBe(false);
  });
});

describe('viewLoadFailure', () => {
  it('says offline only when the browser is offline', () => {
    expect(viewLoadFailure(false)).toBe('offline');
    expect(viewLoadFailure(true)).toBe('notFound');
  });
});
