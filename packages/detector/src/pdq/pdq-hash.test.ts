import { describe, expect, it } from 'vitest';
import { pdqDistance, pdqHash } from './pdq-hash.js';

type Pixel = readonly [number, number, number];

/** Builds an opaque RGBA buffer from a per-pixel colour function. */
function image(width: number, height: number, colour: (x: number, y: number) => Pixel): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colour(x, y);
      const o = (y * width + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = 255;
    }
  }
  return data;
}

/** Deterministic xorshift32, so noisy fixtures are reproducible everywhere. */
function xorshift(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    return s;
  };
}

/**
 * A photo-like scene: random-phase waves whose amplitude falls with frequency, as in natural
 * images, covering all 16×16 frequencies that PDQ hashes so that every bit carries real signal.
 */
function scene(width: number, height: number, seed: number): Uint8ClampedArray {
  const next = xorshift(seed);
  const luma = new Float64Array(width * height);
  const cosY = new Float64Array(height);
  const sinY = new Float64Array(height);
  for (let fx = 0; fx <= 16; fx++) {
    for (let fy = 0; fy <= 16; fy++) {
      if (fx + fy === 0) continue;
      const phase = (next() / 2 ** 32) * 2 * Math.PI;
      const amplitude = 25 / (fx + fy);
      // cos(a + b) = cos a·cos b − sin a·sin b keeps this separable and quick.
      for (let y = 0; y < height; y++) {
        cosY[y] = Math.cos((Math.PI * fy * y) / height + phase);
        sinY[y] = Math.sin((Math.PI * fy * y) / height + phase);
      }
      for (let x = 0; x < width; x++) {
        const cosX = amplitude * Math.cos((Math.PI * fx * x) / width);
        const sinX = amplitude * Math.sin((Math.PI * fx * x) / width);
        for (let y = 0; y < height; y++) luma[y * width + x]! += cosX * cosY[y]! - sinX * sinY[y]!;
      }
    }
  }
  return image(width, height, (x, y) => {
    const v = 128 + luma[y * width + x]!;
    return [v + 20, v, v - 20];
  });
}

/** Halves both dimensions by averaging 2×2 blocks, like a browser downscaling a photo. */
function resizeHalf(src: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const w = width / 2;
  const h = height / 2;
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 4; c++) {
        const at = (dx: number, dy: number): number => src[((2 * y + dy) * width + 2 * x + dx) * 4 + c]!;
        out[(y * w + x) * 4 + c] = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
      }
    }
  }
  return out;
}

describe('pdqHash against the reference algorithm', () => {
  // Expected values come from a line-by-line C++ transcription of facebook/ThreatExchange
  // pdq/cpp (float luma, Jarosz filter, decimation, DCT, Torben median, Hash256 formatting),
  // compiled with g++ on x86-64 and fed the same integer-generated pixels. They pin the bit
  // order and every stage of the pipeline. Meta publishes hashes only for JPEG files, which
  // cannot be decoded here without a dependency.
  const vectors: Array<{ name: string; width: number; height: number; colour: (x: number, y: number) => Pixel; hash: string; quality: number }> = [
    {
      // Symmetric patterns give many equal DCT coefficients: only float32 arithmetic like the
      // reference's resolves the ties the same way.
      name: 'gradient with checkerboard',
      width: 640,
      height: 480,
      colour: (x, y) => [Math.floor((x * 255) / 640), Math.floor((y * 255) / 480), (((x >> 5) + (y >> 5)) & 1) * 255],
      hash: '775708aaaa8af7752a8aaa888aaa75d5880af7752a28d5d5aa2a75578888f577',
      quality: 100,
    },
    {
      name: 'left half white',
      width: 100,
      height: 80,
      colour: (x) => (x < 50 ? [255, 255, 255] : [0, 0, 0]),
      hash: '00001133000011336e4c00006e4c1133000000006e4c6e4c00006e4cc664311b',
      quality: 71,
    },
    {
      name: 'diagonal stripes, odd size',
      width: 513,
      height: 257,
      colour: (x, y) => {
        const v = ((x + 2 * y) >> 4) & 1 ? 200 : 30;
        return [v, v, v];
      },
      hash: 'aaaa555501555d5f00ffffffc000555780005555800055550000ffffbfff5555',
      quality: 100,
    },
    {
      name: 'smallest hashable, 5×5',
      width: 5,
      height: 5,
      colour: (x, y) => [x * 50, y * 50, x * y * 10],
      hash: '21c854158e237c9f93a4749d398c83626cdb836269da7c1f9e277c9d93247e1d',
      quality: 51,
    },
    {
      name: 'soft gradient with fine texture',
      width: 200,
      height: 150,
      colour: (x, y) => {
        const v = Math.floor((y * 200) / 150) + ((x * x + 3 * y * y) % 17);
        return [v, v, (v + x) & 255];
      },
      hash: '3e3e45c39c1c35458c5c7bc1563e54a3253acc6393dcaab52bad6a39c3c2355c',
      quality: 64,
    },
    {
      name: 'rings',
      width: 300,
      height: 200,
      colour: (x, y) => {
        const v = (((x - 150) ** 2 + (y - 100) ** 2) >> 6) & 255;
        return [v, 255 - v, (x * y) & 255];
      },
      hash: 'd3d4eed4d2d67ef642976ad442d36a544ad2ee540ad2ea14af53603cfd0268b0',
      quality: 100,
    },
    {
      name: 'blocks, 1000×1000',
      width: 1000,
      height: 1000,
      colour: (x, y) => {
        const v = ((x >> 7) * 37 + (y >> 6) * 91) & 255;
        return [v, (v * 3) & 255, (x + y) & 255];
      },
      hash: '8a5325ab5f8301bedb9346cea5a4b0f8ef945912b9705c23be49f4bcea64af00',
      quality: 100,
    },
    {
      name: 'tall and narrow',
      width: 37,
      height: 203,
      colour: (x, y) => [(x * 7) & 255, (y * 5) & 255, ((x * y) >> 3) & 255],
      hash: '6d21cb2a954a2655cab5b5a55b2ba649ccaa3152e6b5186de3991e3360c78f3e',
      quality: 100,
    },
  ];

  for (const vector of vectors) {
    it(`reproduces the reference hash of "${vector.name}"`, () => {
      const result = pdqHash(image(vector.width, vector.height, vector.colour), vector.width, vector.height);
      expect(result).toEqual({ hash: vector.hash, quality: vector.quality });
    });
  }

  it('reproduces the reference hash of 97×131 noise', () => {
    const next = xorshift(12345);
    const noise = image(97, 131, () => [next() & 255, next() & 255, next() & 255]);
    expect(pdqHash(noise, 97, 131)).toEqual({ hash: '47587c6a6d8ff53360061d42746c6b0ba11604a7a9f146d1a19ed4aafbd1bf6c', quality: 100 });
  });

  it('reproduces the reference hash of 64×64 noise, where no downsampling happens', () => {
    const next = xorshift(2463534242);
    const noise = image(64, 64, () => [next() & 255, next() & 255, next() & 255]);
    expect(pdqHash(noise, 64, 64)).toEqual({ hash: '6844289d5e398626437f499d0233f3ecfda1176efd1271b055704d603e83fc9d', quality: 100 });
  });
});

describe('pdqHash', () => {
  const width = 320;
  const height = 240;
  const original = scene(width, height, 1);
  const { hash } = pdqHash(original, width, height);

  it('returns 256 bits as 64 lower-case hex characters, half of them set', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Thresholding at the median sets exactly 128 bits when the coefficients are distinct.
    expect(pdqDistance(hash, '0'.repeat(64))).toBe(128);
  });

  it('is deterministic and accepts both byte-array types', () => {
    expect(pdqHash(original, width, height)).toEqual(pdqHash(original, width, height));
    expect(pdqHash(new Uint8Array(original), width, height)).toEqual(pdqHash(original, width, height));
  });

  it('ignores the alpha channel', () => {
    const translucent = Uint8ClampedArray.from(original, (value, index) => (index % 4 === 3 ? 17 : value));
    expect(pdqHash(translucent, width, height).hash).toBe(hash);
  });

  it('rates a detailed scene as usable', () => {
    expect(pdqHash(original, width, height).quality).toBeGreaterThanOrEqual(50);
  });

  it('stays within the match threshold under noise, resizing and coarse quantisation', () => {
    const next = xorshift(7);
    const noisy = original.map((value, index) => (index % 4 === 3 ? value : value + ((next() % 49) - 24)));
    const resized = resizeHalf(original, width, height);
    // Coarse per-channel quantisation mimics the banding of a low-quality JPEG.
    const quantised = original.map((value, index) => (index % 4 === 3 ? value : Math.round(value / 16) * 16));

    expect(pdqDistance(hash, pdqHash(original, width, height).hash)).toBe(0);
    expect(pdqDistance(hash, pdqHash(noisy, width, height).hash)).toBeLessThan(31);
    expect(pdqDistance(hash, pdqHash(resized, width / 2, height / 2).hash)).toBeLessThan(31);
    expect(pdqDistance(hash, pdqHash(quantised, width, height).hash)).toBeLessThan(31);
  });

  it('is far from the hash of an unrelated image', () => {
    expect(pdqDistance(hash, pdqHash(scene(width, height, 2), width, height).hash)).toBeGreaterThan(80);
    const next = xorshift(99);
    const noise = image(width, height, () => [next() & 255, next() & 255, next() & 255]);
    expect(pdqDistance(hash, pdqHash(noise, width, height).hash)).toBeGreaterThan(80);
  });

  it('gives quality 0 for a flat image', () => {
    expect(pdqHash(image(120, 90, () => [120, 80, 200]), 120, 90).quality).toBe(0);
  });

  it('gives the all-zero hash and quality 0 below 5 pixels in either dimension, like the reference', () => {
    expect(pdqHash(image(4, 100, (x, y) => [x * 60, y, 0]), 4, 100)).toEqual({ hash: '0'.repeat(64), quality: 0 });
  });

  it('rejects buffers that do not match the dimensions', () => {
    expect(() => pdqHash(new Uint8ClampedArray(10 * 10 * 3), 10, 10)).toThrow(/expected 10×10×4 = 400 RGBA bytes, got 300/);
    expect(() => pdqHash(new Uint8ClampedArray(0), 0, 0)).toThrow(RangeError);
    expect(() => pdqHash(new Uint8ClampedArray(40), 2.5, 4)).toThrow(/positive integers/);
  });
});

describe('pdqDistance', () => {
  it('counts differing bits', () => {
    const zero = '0'.repeat(64);
    expect(pdqDistance(zero, zero)).toBe(0);
    expect(pdqDistance(zero, 'f'.repeat(64))).toBe(256);
    expect(pdqDistance(zero, `8${'0'.repeat(62)}1`)).toBe(2);
    expect(pdqDistance('F'.repeat(64), 'f'.repeat(64))).toBe(0);
  });

  it('rejects malformed hashes', () => {
    expect(() => pdqDistance('abc', '0'.repeat(64))).toThrow(RangeError);
    expect(() => pdqDistance('0'.repeat(64), 'g'.repeat(64))).toThrow(/64 hexadecimal characters/);
  });
});
