import { helpApi } from '../../api/api-client.js';
import { refreshIndicators } from './indicator-cache.js';

/**
 * Keeps this device's copy of the confirmed indicators current: asks once at start when
 * online, and again whenever the connection comes back. Returns a function that stops listening.
 */
export function startIndicatorSync(): () => void {
  const refresh = () => void refreshIndicators(helpApi.indicators);
  if (typeof navigator === 'undefined' || navigator.onLine !== false) refresh();
  window.addEventListener('online', refresh);
  return () => window.removeEventListener('online', refresh);
}
