import { describe, expect, it } from 'vitest';
import type { PublishedIndicators } from '../../api/api-types.js';
import { cachedIndicatorSet, INDICATORS_STORAGE_KEY, readCachedIndicators, refreshIndicators, type KeyValueStore } from './indicator-cache.js';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const DATA: PublishedIndicators = {
  version: 'v1',
  phones: [{ value: '+84912345678', scheme: 'online_kidnapping' }],
  domains: [{ value: 'vietcombank-xacminh.top', scheme: 'phishing_link' }],
  phrases: [],
  pdq: [],
};

describe('indicator cache', () => {
  it('is empty with nothing cached, and with garbage cached', () => {
    const store = memoryStore();
    expect(cachedIndicatorSet(store)).toEqual({});
    store.setItem(INDICATORS_STORAGE_KEY, '{not json');
    expect(cachedIndicatorSet(store)).toEqual({});
    expect(readCachedIndicators(store)).toBeNull();
  });

  it('stores new data with its ETag and sends that ETag next time', async () => {
    const store = memoryStore();
    const seen: (string | null)[] = [];
    expect(await refreshIndicators(async (etag) => (seen.push(etag), { status: 'modified', etag: '"v1"', data: DATA }), store)).toBe('updated');
    expect(cachedIndicatorSet(store).phones).toEqual([{ value: '+84912345678', scheme: 'online_kidnapping' }]);
    expect(await refreshIndicators(async (etag) => (seen.push(etag), { status: 'not_modified' }), store, new Date('2030-01-01T00:00:00Z'))).toBe('current');
    expect(seen).toEqual([null, '"v1"']);
    expect(readCachedIndicators(store)?.checkedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(readCachedIndicators(store)?.data.version).toBe('v1');
  });

  it('keeps the cached copy when offline', async () => {
    const store = memoryStore();
    await refreshIndicators(async () => ({ status: 'modified', etag: '"v1"', data: DATA }), store);
    expect(
      await refreshIndicators(async () => {
        throw new Error('offline');
      }, store),
    ).toBe('offline');
    expect(cachedIndicatorSet(store).domains?.[0]?.value).toBe('vietcombank-xacminh.top');
  });

  it('works without any storage', async () => {
    expect(cachedIndicatorSet(null)).toEqual({});
    expect(await refreshIndicators(async () => ({ status: 'modified', etag: null, data: DATA }), null)).toBe('updated');
  });
});
