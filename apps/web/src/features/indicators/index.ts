export { cachedIndicatorSet, INDICATORS_STORAGE_KEY, readCachedIndicators, refreshIndicators } from './indicator-cache.js';
export { startIndicatorSync } from './indicator-sync.js';
