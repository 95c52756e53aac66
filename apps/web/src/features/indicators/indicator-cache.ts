import type { IndicatorSet, SchemeId } from '@kmm/detector';
import type { IndicatorsFetch, PublishedIndicators } from '../../api/api-types.js';

/** Where the confirmed indicators live on this device, with the ETag they came with. */
export const INDICATORS_STORAGE_KEY = 'kmm.indicators';

/** What is kept in localStorage. */
export interface CachedIndicators {
  etag: string | null;
  /** When this copy was last confirmed current by the server (ISO-8601). */
  checkedAt: string;
  data: PublishedIndicators;
}

/** The part of `Storage` the cache uses (tests pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be forbidden (private browsing, sandboxed frames).
    return null;
  }
}

const isIndicatorList = (value: unknown): value is { value: string; scheme: string }[] =>
  Array.isArray(value) && value.every((i) => typeof i === 'object' && i !== null && typeof (i as { value?: unknown }).value === 'string' && typeof (i as { scheme?: unknown }).scheme === 'string');

/** The cached copy, or null when there is none or it is unreadable. */
export function readCachedIndicators(store: KeyValueStore | null = defaultStore()): CachedIndicators | null {
  const raw = store?.getItem(INDICATORS_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<CachedIndicators>;
    const data = parsed.data as Partial<PublishedIndicators> | undefined;
    if (!data || !isIndicatorList(data.phones) || !isIndicatorList(data.domains) || !isIndicatorList(data.phrases)) return null;
    return {
      etag: typeof parsed.etag === 'string' ? parsed.etag : null,
      checkedAt: typeof parsed.checkedAt === 'string' ? parsed.checkedAt : '',
      data: { version: String(data.version ?? ''), phones: data.phones, domains: data.domains, phrases: data.phrases, pdq: isIndicatorList(data.pdq) ? data.pdq : [] },
    };
  } catch {
    return null;
  }
}

function writeCache(store: KeyValueStore | null, cached: CachedIndicators): void {
  try {
    store?.setItem(INDICATORS_STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // A full or forbidden storage only means the next visit asks again.
  }
}

let memo: { raw: string | null; set: IndicatorSet } | null = null;

/**
 * The detector's IndicatorSet from the cached copy (empty when none): what the Check page
 * and the report form pass to `analyze`. Works offline; parsed again only when the copy changed.
 */
export function cachedIndicatorSet(store: KeyValueStore | null = defaultStore()): IndicatorSet {
  const raw = store?.getItem(INDICATORS_STORAGE_KEY) ?? null;
  if (memo && memo.raw === raw) return memo.set;
  const cached = readCachedIndicators(store);
  // The server only publishes known scheme ids (its schema checks them).
  const set: IndicatorSet = cached
    ? {
        phones: cached.data.phones.map((i) => ({ value: i.value, scheme: i.scheme as SchemeId })),
        domains: cached.data.domains.map((i) => ({ value: i.value, scheme: i.scheme as SchemeId })),
        phrases: cached.data.phrases.map((i) => ({ value: i.value, scheme: i.scheme as SchemeId })),
      }
    : {};
  memo = { raw, set };
  return set;
}

/** Asks the server for the indicators, conditionally on the cached copy's ETag. */
export type IndicatorFetcher = (etag: string | null) => Promise<IndicatorsFetch>;

/**
 * Brings the cached copy up to date: a 304 keeps it (and notes the check), new data
 * replaces it. A network failure keeps the old copy and answers `'offline'`.
 */
export async function refreshIndicators(fetcher: IndicatorFetcher, store: KeyValueStore | null = defaultStore(), now: Date = new Date()): Promise<'updated' | 'current' | 'offline'> {
  const cached = readCachedIndicators(store);
  let answer: IndicatorsFetch;
  try {
    answer = await fetcher(cached?.etag ?? null);
  } catch {
    return 'offline';
  }
  if (answer.status === 'not_modified') {
    if (cached) writeCache(store, { ...cached, checkedAt: now.toISOString() });
    return 'current';
  }
  writeCache(store, { etag: answer.etag, checkedAt: now.toISOString(), data: answer.data });
  return 'updated';
}
