const DEVICE_KEY = 'kmm.pledge.device.v1';
const PLEDGED_KEY = 'kmm.pledge.done.v1';

function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random id kept on this device so that it pledges once; it identifies nobody. */
export function deviceId(): string {
  try {
    const existing = localStorage.getItem(DEVICE_KEY);
    if (existing) return existing;
    const id = randomId();
    localStorage.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    return randomId();
  }
}

/** Whether this device already pledged (as far as it remembers). */
export function hasPledged(): boolean {
  try {
    return localStorage.getItem(PLEDGED_KEY) !== null;
  } catch {
    return false;
  }
}

/** Remembers that this device pledged. */
export function rememberPledged(): void {
  try {
    localStorage.setItem(PLEDGED_KEY, new Date().toISOString());
  } catch {
    // The server still refuses a second pledge from this device id.
  }
}
