/**
 * Sending a report on a weak connection: a failed send is tried again with a growing pause
 * (2 s, 4 s, 8 s … at most a minute), and at once when the browser says it is back online.
 */

/** The pause before retry number `attempt` (0 = the first retry). */
export function backoffDelay(attempt: number, baseMs = 2_000, maxMs = 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
}

/** What the retry loop needs from its surroundings (the browser, or fakes in tests). */
export interface RetryEnvironment {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  addOnlineListener(callback: () => void): () => void;
}

const browserEnvironment = (): RetryEnvironment => ({
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  addOnlineListener: (callback) => {
    window.addEventListener('online', callback);
    return () => window.removeEventListener('online', callback);
  },
});

export interface RetryOptions<T> {
  /** One attempt. */
  send(): Promise<T>;
  /** Whether a failure is worth trying again (no network, server trouble). */
  isRetryable(error: unknown): boolean;
  onSuccess(value: T): void;
  /** A failure not worth repeating (e.g. the server refused the input). */
  onFailure(error: unknown): void;
  /** A retryable failure; the next attempt comes after `delayMs` or when back online. */
  onWaiting?(attempt: number, delayMs: number, error: unknown): void;
  environment?: RetryEnvironment;
  baseMs?: number;
  maxMs?: number;
}

export interface RetryHandle {
  /** Tries again now (ignored while an attempt is running). */
  retryNow(): void;
  /** Stops: no more attempts, no callbacks. */
  cancel(): void;
}

/** Sends now, and keeps trying until it succeeds, fails for good, or is cancelled. */
export function sendWithRetry<T>(options: RetryOptions<T>): RetryHandle {
  const env = options.environment ?? browserEnvironment();
  let attempt = 0;
  let timer: unknown = null;
  let running = false;
  let stopped = false;
  const removeListener = env.addOnlineListener(() => run());

  function stop() {
    stopped = true;
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
    removeListener();
  }

  function run() {
    if (stopped || running) return;
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
    running = true;
    options.send().then(
      (value) => {
        running = false;
        if (stopped) return;
        stop();
        options.onSuccess(value);
      },
      (error: unknown) => {
        running = false;
        if (stopped) return;
        if (!options.isRetryable(error)) {
          stop();
          options.onFailure(error);
          return;
        }
        const delay = backoffDelay(attempt, options.baseMs, options.maxMs);
        attempt += 1;
        options.onWaiting?.(attempt, delay, error);
        timer = env.setTimeout(() => {
          timer = null;
          run();
        }, delay);
      },
    );
  }

  run();
  return { retryNow: run, cancel: stop };
}
