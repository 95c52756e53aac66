/**
 * Jarosz-filter downsampling as used by PDQ: repeated box blurs approximate a tent filter, after
 * which the image is decimated by point-sampling. Blurring first is what makes the 64×64 result
 * stable under resizing and recompression.
 *
 * All arithmetic is rounded to 32-bit floats (`Math.fround`) in the reference's order of
 * operations, because the reference computes in `float` and near-ties between DCT coefficients
 * would otherwise resolve differently and change the hash.
 */

/**
 * Window size for one box pass when shrinking `oldDimension` to `newDimension`: half of the
 * source pixels per output pixel, rounded up, because PDQ runs two passes that together cover a
 * full output pixel.
 */
function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/**
 * Box-averages `length` values of `input` read with `stride` (1 along a row, the width along a
 * column) into `output` at the same positions. Near the edges the window is clipped and the
 * average taken over the pixels actually covered, which is what the reference does.
 */
function box1D(input: Float32Array, output: Float32Array, start: number, length: number, stride: number, window: number): void {
  // The window around index o spans [o - behind, o + ahead]; for even windows it leans right,
  // matching the reference's (window + 2) / 2 split.
  const ahead = Math.floor((window + 2) / 2) - 1;
  const behind = window - ahead - 1;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < ahead && k < length; k++) {
    sum = Math.fround(sum + input[start + k * stride]!);
    count++;
  }
  for (let o = 0; o < length; o++) {
    const entering = o + ahead;
    if (entering < length) {
      sum = Math.fround(sum + input[start + entering * stride]!);
      count++;
    }
    const leaving = o - behind - 1;
    if (leaving >= 0) {
      sum = Math.fround(sum - input[start + leaving * stride]!);
      count--;
    }
    // Storing into a Float32Array rounds the quotient just as the reference's float division does.
    output[start + o * stride] = sum / count;
  }
}

/**
 * Blurs the `rows`×`cols` row-major image in `image` in place (using `scratch`, same size), with
 * `passes` rounds of a horizontal then a vertical box filter.
 */
function jaroszFilter(image: Float32Array, scratch: Float32Array, rows: number, cols: number, passes: number): void {
  const windowAlongRows = jaroszWindowSize(cols, 64);
  const windowAlongCols = jaroszWindowSize(rows, 64);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < rows; i++) box1D(image, scratch, i * cols, cols, 1, windowAlongRows);
    for (let j = 0; j < cols; j++) box1D(scratch, image, j, rows, cols, windowAlongCols);
  }
}

/** Samples the blurred image at the centres of a 64×64 grid of equal bins. */
function decimateTo64(image: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(64 * 64);
  for (let oi = 0; oi < 64; oi++) {
    const ii = Math.floor(((oi + 0.5) * rows) / 64);
    for (let oj = 0; oj < 64; oj++) {
      const ij = Math.floor(((oj + 0.5) * cols) / 64);
      out[oi * 64 + oj] = image[ii * cols + ij]!;
    }
  }
  return out;
}

/** Two box-filter passes in each direction approximate the tent filter. */
const JAROSZ_PASSES = 2;

/**
 * Blurs the `rows`×`cols` row-major luminance (in place) and decimates it to 64×64, row-major.
 */
export function downsampleTo64(luma: Float32Array, rows: number, cols: number): Float32Array {
  jaroszFilter(luma, new Float32Array(luma.length), rows, cols, JAROSZ_PASSES);
  return decimateTo64(luma, rows, cols);
}
