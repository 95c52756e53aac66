import { concatBytes } from './concat-bytes.js';
import { InvalidImageError } from './invalid-image-error.js';

const SIGNATURE_BYTES = 8;
/** Chunks needed to draw the image; every other chunk (text, EXIF, time, ICC, …) is dropped. */
const KEPT_CHUNKS = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS']);

/**
 * Copies a PNG keeping only IHDR, PLTE, IDAT, tRNS and IEND, so text chunks, EXIF (with
 * GPS), timestamps and editing software names never reach storage. Anything after IEND is
 * dropped too. Chunks are copied whole (their CRCs stay valid). Throws
 * {@link InvalidImageError} when a chunk runs past the end or IEND is missing.
 */
export function stripPngMetadata(png: Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE_BYTES)];
  let at = SIGNATURE_BYTES;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) throw new InvalidImageError('png', at, 'chunk runs past the end');
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (KEPT_CHUNKS.has(type)) parts.push(png.subarray(at, end));
    if (type === 'IEND') return concatBytes(parts);
    at = end;
  }
  throw new InvalidImageError('png', at, 'no IEND chunk');
}
