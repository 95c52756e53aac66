import { createQrReader } from './qr-decoder.js';

/** Why the camera could not start: the message shown differs for each. */
export type CameraProblem = 'denied' | 'no_camera' | 'busy' | 'unsupported';

/** The camera could not be opened. */
export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(`camera: ${problem}`);
    this.name = 'CameraError';
  }
}

/** Maps a getUserMedia rejection to what the person can do about it. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_camera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'unsupported';
}

/**
 * Lets a code through once while it stays in view: it passes again only after it has not been
 * seen for `windowMs`. A ticket held up for a while is checked in once, not once a frame, and
 * one shown again later is checked again (and then reported as used).
 */
export class RepeatFilter {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  accept(code: string, now: number): boolean {
    const previous = this.lastSeen.get(code);
    this.lastSeen.set(code, now);
    for (const [seen, at] of this.lastSeen) if (now - at > this.windowMs) this.lastSeen.delete(seen);
    return previous === undefined || now - previous > this.windowMs;
  }
}

/** How long the same code is ignored after it was last seen. */
export const REPEAT_WINDOW_MS = 3000;
// A few reads a second are enough at a door and keep a phone cool.
const SCAN_INTERVAL_MS = 150;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Opens the rear camera into `video` and reads QR codes from it until `signal` aborts, which
 * also turns the camera off. Resolves once the video plays; rejects with a CameraError.
 * `onCode` gets each new code (see RepeatFilter); the next frame is read only after it settles.
 */
export async function startQrScanner(video: HTMLVideoElement, onCode: (text: string) => Promise<void> | void, signal: AbortSignal): Promise<void> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    throw new CameraError(cameraProblem(error));
  }
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  if (signal.aborted) return stop();
  signal.addEventListener('abort', stop, { once: true });

  video.srcObject = stream;
  try {
    await video.play();
  } catch (error) {
    // Stopping while play() was pending rejects it; that is not a failure.
    if (signal.aborted) return;
    stop();
    throw new CameraError(cameraProblem(error));
  }

  const reader = await createQrReader();
  const repeats = new RepeatFilter(REPEAT_WINDOW_MS);
  void (async () => {
    while (!signal.aborted) {
      const text = video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA ? await reader.read(video).catch(() => null) : null;
      if (text && !signal.aborted && repeats.accept(text, Date.now())) {
        try {
          await onCode(text);
        } catch {
          // A failing handler must not turn the camera off: the page reports its own errors.
        }
      }
      await pause(SCAN_INTERVAL_MS, signal);
    }
  })();
}
