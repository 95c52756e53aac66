import { pdqHash } from '@kmm/detector';

/** Meta's PDQ tools squash larger images to this size before hashing; matching them keeps hashes comparable. */
const PDQ_SIDE = 512;

/** Below this quality PDQ hashes of featureless images collide (Meta's advice), so they are not sent. */
export const MIN_FINGERPRINT_QUALITY = 50;

/** A PDQ fingerprint of an image, made on this device. */
export interface ImageFingerprint {
  hash: string;
  quality: number;
}

/** The size the image is hashed at: unchanged when it fits in 512×512, otherwise squashed to it. */
export function hashingSize(width: number, height: number): { width: number; height: number } {
  return width > PDQ_SIDE || height > PDQ_SIDE ? { width: PDQ_SIDE, height: PDQ_SIDE } : { width, height };
}

/**
 * Decodes the image (upright, as EXIF says) and computes its PDQ hash in the browser. The
 * picture itself never leaves the device; only the 64-character hash may be sent.
 */
export async function fingerprintImage(file: Blob): Promise<ImageFingerprint> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = hashingSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('canvas unavailable');
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const pixels = context.getImageData(0, 0, size.width, size.height);
    return pdqHash(pixels.data, size.width, size.height);
  } finally {
    bitmap.close();
  }
}
