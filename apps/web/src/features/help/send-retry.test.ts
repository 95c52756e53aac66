import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, sendWithRetry, type RetryEnvironment } from './send-retry.js';

function fakeEnvironment(): RetryEnvironment & { goOnline(): void; listeners: number } {
  const listeners = new Set<() => void>();
  return {
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    addOnlineListener(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    goOnline: () => [...listeners].forEach((cb) => cb()),
    get listeners() {
      return listeners.size;
    },
  };
}

const offline = Object.assign(new Error('network'), { retry: true });

describe('backoffDelay', () => {
  it('doubles from 2 s up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n))).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });
});

describe('sendWithRetry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries with backoff until the send goes through', async () => {
    const env = fakeEnvironment();
    const results = [offline, offline, 'KM-1'];
    const send = vi.fn(async () => {
      const next = results.shift();
      if (next instanceof Error) throw next;
      return next as string;
    });
    const onSuccess = vi.fn();
    const waits: number[] = [];
    sendWithRetry({ send, isRetryable: (e) => e === offline, onSuccess, onFailure: vi.fn(), onWaiting: (_a, d) => waits.push(d), environment: env });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([2000]);
    await vi.advanceTimersByTimeAsync(1999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(waits).toEqual([2000, 4000]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(onSuccess).toHaveBeenCalledWith('KM-1');
    expect(env.listeners).toBe(0);
  });

  it('tries at once when the connection comes back', async () => {
    const env = fakeEnvironment();
    let online = false;
    const send = vi.fn(async () => {
      if (!online) throw offline;
      return 'ok';
    });
    const onSuccess = vi.fn();
    sendWithRetry({ send, isRetryable: () => true, onSuccess, onFailure: vi.fn(), environment: env });
    await vi.advanceTimersByTimeAsync(0);
    online = true;
    env.goOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(onSuccess).toHaveBeenCalledWith('ok');
    expect(send).toHaveBeenCalledTimes(2);
    // The pending timer was cleared: no third attempt.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('stops on a failure not worth repeating, and after cancel', async () => {
    const env = fakeEnvironment();
    const refused = new Error('validation');
    const onFailure = vi.fn();
    sendWithRetry({ send: async () => Promise.reject(refused), isRetryable: () => false, onSuccess: vi.fn(), onFailure, environment: env });
    await vi.advanceTimersByTimeAsync(0);
    expect(onFailure).toHaveBeenCalledWith(refused);

    const send = vi.fn(async () => Promise.reject(offline));
    const handle = sendWithRetry({ send, isRetryable: () => true, onSuccess: vi.fn(), onFailure: vi.fn(), environment: env });
    await vi.advanceTimersByTimeAsync(0);
    handle.cancel();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(env.listeners).toBe(0);
  });
});
