/**
 * PDQ, Meta's perceptual image hash, in dependency-free TypeScript so that an image can be hashed
 * on the child's own device and only the 256-bit hash ever leaves it.
 *
 * Follows the published algorithm and the reference implementation in facebook/ThreatExchange
 * (pdq/cpp): luminance → Jarosz-filter downsample to 64×64 → 16×16 low-frequency DCT → one bit per
 * coefficient above the median. Arithmetic is rounded to 32-bit floats exactly where the
 * reference uses `float`: images with many near-equal coefficients (flat areas, symmetric
 * synthetic patterns) otherwise hash differently from the reference by dozens of bits.
 *
 * This is the core algorithm (the reference's `pdqHash256FromFloatLuma`). The reference's
 * command-line file hasher additionally squeezes images larger than 512 pixels to 512×512 with
 * CImg before hashing, so its output for such files is not bit-identical to this function's.
 */
import { downsampleTo64 } from './jarosz.js';

/** A PDQ hash (64 lower-case hex characters) and its quality score (0–100). */
export interface PdqResult {
  /** 256 bits as 64 hex characters, in the reference's word and bit order. */
  hash: string;
  /**
   * How much detail the image has (0 = flat). Meta advises distrusting hashes of quality below
   * about 50: featureless images collide with each other.
   */
  quality: number;
}

/** Reference: images smaller than this in either dimension get the all-zero hash, quality 0. */
const MIN_HASHABLE_DIM = 5;
const HEX_PATTERN = /^[0-9a-f]{64}$/i;

/**
 * Rows 1..16 of the 64-point DCT-II basis (row-major, 16×64). Row 0, the DC term, is skipped:
 * it only measures overall brightness, which the hash is meant to ignore.
 */
const DCT_16x64 = (() => {
  const matrix = new Float32Array(16 * 64);
  const scale = Math.fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      matrix[i * 64 + j] = scale * Math.cos((Math.PI / 128) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
})();

const LUMA_R = Math.fround(0.299);
const LUMA_G = Math.fround(0.587);
const LUMA_B = Math.fround(0.114);

/** Luminance per pixel of an RGBA buffer, using the reference's Rec. 601 weights; alpha is ignored. */
function lumaFromRgba(rgba: Uint8ClampedArray | Uint8Array, pixels: number): Float32Array {
  const luma = new Float32Array(pixels);
  const f = Math.fround;
  for (let p = 0, o = 0; p < pixels; p++, o += 4) {
    luma[p] = f(f(f(LUMA_R * rgba[o]!) + f(LUMA_G * rgba[o + 1]!)) + f(LUMA_B * rgba[o + 2]!));
  }
  return luma;
}

/**
 * |u − v| in percent of full scale, truncated to an integer so that only significant gradients
 * count (the reference's float-to-int conversion).
 */
function quantisedGradient(u: number, v: number): number {
  const f = Math.fround;
  return Math.abs(Math.trunc(f(f(f(u - v) * 100) / 255)));
}

/**
 * The reference's heuristic detail measure: the sum of quantised absolute differences between
 * neighbouring pixels of the 64×64 image, scaled so that ordinary photos reach 100.
 */
function qualityOf(block: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 64; j++) {
      const u = block[i * 64 + j]!;
      if (i < 63) gradientSum += quantisedGradient(u, block[(i + 1) * 64 + j]!);
      if (j < 63) gradientSum += quantisedGradient(u, block[i * 64 + j + 1]!);
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

/** B = D·A·Dᵀ: the 16×16 lowest non-DC frequencies of the 64×64 block, row-major. */
function dct64To16(block: Float32Array): Float32Array {
  const partial = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = Math.fround(sum + Math.fround(DCT_16x64[i * 64 + k]! * block[k * 64 + j]!));
      partial[i * 64 + j] = sum;
    }
  }
  const out = new Float32Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = Math.fround(sum + Math.fround(partial[i * 64 + k]! * DCT_16x64[j * 64 + k]!));
      out[i * 16 + j] = sum;
    }
  }
  return out;
}

/**
 * Bit i·16+j is set when coefficient (i, j) exceeds the median. The reference stores the bits as
 * sixteen 16-bit words (word i holds row i, bit j = column j) and prints word 15 first, so the
 * first four hex digits describe the highest-frequency row.
 */
function bitsToHex(coefficients: Float32Array): string {
  // The reference's median (Torben's method) of 256 values is the 128th smallest, the lower median.
  const median = Float32Array.from(coefficients).sort()[127]!;
  let hex = '';
  for (let word = 15; word >= 0; word--) {
    let value = 0;
    for (let bit = 0; bit < 16; bit++) {
      if (coefficients[word * 16 + bit]! > median) value |= 1 << bit;
    }
    hex += value.toString(16).padStart(4, '0');
  }
  return hex;
}

/**
 * Computes the PDQ hash of an RGBA image (e.g. `ImageData.data` from a canvas, row-major, 4 bytes
 * per pixel). Pure and synchronous; a 1000×1000 image takes well under 100 ms in Node.
 *
 * @throws RangeError if the dimensions are not positive integers or do not match the buffer.
 */
export function pdqHash(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): PdqResult {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`pdqHash: width and height must be positive integers, got ${width}×${height}`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`pdqHash: expected ${width}×${height}×4 = ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  }
  if (width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM) return { hash: '0'.repeat(64), quality: 0 };

  const luma = lumaFromRgba(rgba, width * height);
  // A 64×64 input is used as is, like the reference: a width-1 box filter is the identity only
  // in exact arithmetic, and its running float sum would perturb the pixels.
  const block = width === 64 && height === 64 ? luma : downsampleTo64(luma, height, width);
  return { hash: bitsToHex(dct64To16(block)), quality: qualityOf(block) };
}

/**
 * Hamming distance between two PDQ hashes (0–256). Meta treats distances up to 31 as a match.
 *
 * @throws RangeError if either argument is not 64 hex characters.
 */
export function pdqDistance(a: string, b: string): number {
  if (!HEX_PATTERN.test(a) || !HEX_PATTERN.test(b)) {
    throw new RangeError('pdqDistance: hashes must be 64 hexadecimal characters');
  }
  let distance = 0;
  // Eight hex digits (32 bits) at a time keeps every value inside the exact bitwise range.
  for (let offset = 0; offset < 64; offset += 8) {
    let x = (Number.parseInt(a.slice(offset, offset + 8), 16) ^ Number.parseInt(b.slice(offset, offset + 8), 16)) >>> 0;
    while (x !== 0) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}
