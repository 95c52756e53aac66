import { concatBytes } from './concat-bytes.js';
import { InvalidImageError } from './invalid-image-error.js';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP15 = 0xef;
const COM = 0xfe;

const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
const JFIF = [0x4a, 0x46, 0x49, 0x46, 0x00];

function isJfif(segment: Uint8Array): boolean {
  return JFIF.every((b, i) => segment[4 + i] === b);
}

/** Whether a segment may carry metadata: APP1–APP15 (EXIF, XMP, ICC, …), non-JFIF APP0 (JFXX thumbnails), comments. */
function isMetadata(marker: number, segment: Uint8Array): boolean {
  if (marker === COM) return true;
  if (marker === APP0) return !isJfif(segment);
  return marker > APP0 && marker <= APP15;
}

/**
 * Copies a JPEG without its metadata segments: APP1–APP15 (EXIF with GPS and camera
 * serials, XMP, ICC, Photoshop), APP0 other than JFIF (JFXX carries a thumbnail of the
 * original) and comments. Image data, tables and scans are copied byte for byte, including
 * every scan of a progressive JPEG; anything after EOI is dropped. Throws
 * {@link InvalidImageError} when the segment structure is broken.
 */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== SOI) throw new InvalidImageError('jpeg', 0, 'no start-of-image marker');
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (at < jpeg.length) {
    if (jpeg[at] !== 0xff) throw new InvalidImageError('jpeg', at, 'expected a marker');
    // Any number of 0xFF fill bytes may precede a marker.
    let markerAt = at + 1;
    while (jpeg[markerAt] === 0xff) markerAt++;
    const marker = jpeg[markerAt];
    if (marker === undefined) throw new InvalidImageError('jpeg', at, 'ends inside a marker');
    if (marker === EOI) {
      parts.push(Uint8Array.of(0xff, EOI));
      return concatBytes(parts);
    }
    if (isStandalone(marker)) {
      parts.push(Uint8Array.of(0xff, marker));
      at = markerAt + 1;
      continue;
    }
    if (markerAt + 2 >= jpeg.length) throw new InvalidImageError('jpeg', at, 'ends inside a segment length');
    const length = (jpeg[markerAt + 1]! << 8) | jpeg[markerAt + 2]!;
    const end = markerAt + 1 + length;
    if (length < 2 || end > jpeg.length) throw new InvalidImageError('jpeg', at, 'segment runs past the end');
    const segment = jpeg.subarray(markerAt - 1, end);
    if (!isMetadata(marker, segment)) parts.push(segment);
    at = end;
    if (marker === SOS) at = copyEntropyData(jpeg, at, parts);
  }
  throw new InvalidImageError('jpeg', at, 'no end-of-image marker');
}

/** Copies the compressed scan after SOS up to the next real marker (not a stuffed 0xFF00 or a restart marker). */
function copyEntropyData(jpeg: Uint8Array, start: number, parts: Uint8Array[]): number {
  let at = start;
  while (at + 1 < jpeg.length) {
    const next = jpeg[at + 1]!;
    if (jpeg[at] === 0xff && next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break;
    at++;
  }
  if (at + 1 >= jpeg.length) at = jpeg.length;
  parts.push(jpeg.subarray(start, at));
  return at;
}
