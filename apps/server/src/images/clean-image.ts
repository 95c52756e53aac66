import { sniffImageType, type ImageType } from './image-type.js';
import { InvalidImageError } from './invalid-image-error.js';
import { stripJpegMetadata } from './strip-jpeg-metadata.js';
import { stripPngMetadata } from './strip-png-metadata.js';

/**
 * Checks that the bytes really are the declared format (by magic bytes) and returns them
 * without metadata. Throws {@link InvalidImageError} otherwise.
 */
export function cleanImage(declared: ImageType, bytes: Uint8Array): Uint8Array {
  const actual = sniffImageType(bytes);
  if (actual !== declared) throw new InvalidImageError(declared === 'image/png' ? 'png' : 'jpeg', 0, `content is ${actual ?? 'not an image'}`);
  return actual === 'image/png' ? stripPngMetadata(bytes) : stripJpegMetadata(bytes);
}
