import type { SchemeId } from '../types.js';
import { FEATURE_BITS, describeFeatures, featureBuckets, maxFeatures } from './extract-features.js';

/**
 * Weights of the learned model as stored in `weights.json` (written by `scripts/train.ts`):
 * one-vs-rest logistic regression per scheme over hashed feature counts, L2-normalised (so a
 * long or repetitive text weighs no more than a short one).
 * `rows[bucket]` lists `[classIndex, quantisedWeight, …]` pairs; a weight is `q * scale`.
 */
export interface ModelWeights {
  version: number;
  classes: SchemeId[];
  bias: number[];
  scale: number;
  rows: Record<string, number[]>;
}

/** A model's probability per scheme for one text (a `Map` of them fits too). */
export interface SchemeProbabilities {
  get(id: SchemeId): number | undefined;
}

/** A feature's pull towards a scheme, for explanations. */
export interface FeatureContribution {
  feature: string;
  weight: number;
}

/** Slot of `bucket` in an open-addressing table of `mask + 1` slots: its first probe. */
const slotOf = (bucket: number, mask: number): number => Math.imul(bucket, 0x9e3779b1) & mask;

/** A power of two at least twice `n`, so an open-addressing table stays at most half full. */
function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

/** Count tables above this many slots (texts of about 1 MB) are not kept between calls. */
const RETAINED_SLOTS = 1 << 22;

/**
 * A scheme-probability model that can say which features drove a prediction.
 *
 * Buckets span 2^18 values, but a model has a few thousand and a text a few dozen: both are
 * kept in small open-addressing tables (bucket → slot) that stay in the CPU cache, where
 * arrays indexed by bucket would not.
 */
export class SchemeModel {
  /** The model's buckets: per slot the bucket (-1 when free), its first pair in `pairs` and how many. */
  private readonly keys: Int32Array;
  private readonly offsets: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly pairs: Int16Array;
  private readonly sums: Float64Array;
  /**
   * One bit per bucket (2^18 bits, 32 KB): set when the model has the bucket. Most of a
   * text's features are not in the model, and one bit tells so without probing the table.
   */
  private readonly known: Uint32Array;
  /** Feature counts of the text being scored: bucket and count per slot, and the slots used. */
  private countKeys = new Int32Array(256).fill(-1);
  private counts = new Uint16Array(256);
  private touched = new Int32Array(128);
  /** The buckets of the text's features, in text order. */
  private buckets = new Int32Array(128);
  /** Class index of each scheme, and the last text's probabilities behind {@link score}. */
  private readonly classIndex = new Map<SchemeId, number>();
  private readonly probabilities: Float64Array;
  private readonly lastScores: SchemeProbabilities = {
    get: (id) => {
      const c = this.classIndex.get(id);
      return c === undefined ? undefined : this.probabilities[c];
    },
  };

  constructor(private readonly weights: ModelWeights) {
    const rows = Object.entries(weights.rows);
    const size = tableSize(rows.length);
    this.keys = new Int32Array(size).fill(-1);
    this.offsets = new Int32Array(size);
    this.lengths = new Uint8Array(size);
    this.pairs = new Int16Array(rows.reduce((n, [, row]) => n + row.length, 0));
    let at = 0;
    for (const [key, row] of rows) {
      const b = Number(key) & ((1 << FEATURE_BITS) - 1);
      const slot = this.slot(b);
      this.keys[slot] = b;
      this.offsets[slot] = at;
      this.lengths[slot] = row.length / 2;
      this.pairs.set(row, at);
      at += row.length;
    }
    this.sums = new Float64Array(weights.classes.length);
    this.probabilities = new Float64Array(weights.classes.length);
    weights.classes.forEach((id, c) => this.classIndex.set(id, c));
    this.known = new Uint32Array((1 << FEATURE_BITS) >>> 5);
    for (const b of this.keys) if (b >= 0) this.known[b >>> 5] = (this.known[b >>> 5] ?? 0) | (1 << (b & 31));
  }

  /** The slot of bucket `b` in the model's table: where it is, or the free slot it would take. */
  private slot(b: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = slotOf(b, mask);
    while (keys[slot] !== -1 && keys[slot] !== b) slot = (slot + 1) & mask;
    return slot;
  }

  /** Makes the count table big enough for every feature of a text of `length` characters. */
  private prepareCounts(length: number): void {
    // A word of n characters gives at most n + 1 features (unigram, bigram, n - 1 4-grams).
    const size = tableSize(maxFeatures(length));
    if (this.countKeys.length >= size && this.countKeys.length <= Math.max(size, RETAINED_SLOTS)) return;
    this.countKeys = new Int32Array(size).fill(-1);
    this.counts = new Uint16Array(size);
    this.touched = new Int32Array(size >> 1);
    this.buckets = new Int32Array(size >> 1);
  }

  /** Probability per scheme (0..1) for a folded text; empty when the model has no classes. */
  predict(folded: string): Map<SchemeId, number> {
    const probabilities = this.fill(folded);
    const out = new Map<SchemeId, number>();
    this.weights.classes.forEach((id, c) => out.set(id, probabilities[c] ?? 0));
    return out;
  }

  /**
   * The probabilities {@link predict} gives, read by scheme, without building a map: valid
   * only until the model scores another text (the analyser reads them at once).
   */
  score(folded: string): SchemeProbabilities {
    this.fill(folded);
    return this.lastScores;
  }

  /** Computes the probability of every class for a folded text, in `classes` order. */
  private fill(folded: string): Float64Array {
    const { classes, bias, scale } = this.weights;
    this.prepareCounts(folded.length);
    const { sums, pairs, keys, offsets, lengths, countKeys, counts, touched, buckets, known } = this;
    const countMask = countKeys.length - 1;
    sums.fill(0);
    let distinct = 0;
    const features = featureBuckets(folded, buckets);
    for (let f = 0; f < features; f++) {
      const b = buckets[f] ?? 0;
      let slot = slotOf(b, countMask);
      while (countKeys[slot] !== -1 && countKeys[slot] !== b) slot = (slot + 1) & countMask;
      if (countKeys[slot] === -1) {
        countKeys[slot] = b;
        touched[distinct++] = slot;
      }
      if ((counts[slot] ?? 0) < 0xffff) counts[slot] = (counts[slot] ?? 0) + 1;
    }
    let norm = 0;
    for (let i = 0; i < distinct; i++) {
      const countSlot = touched[i] ?? 0;
      const b = countKeys[countSlot] ?? 0;
      const n = counts[countSlot] ?? 0;
      countKeys[countSlot] = -1;
      counts[countSlot] = 0;
      // Counts and weights are integers: the sums are exact whatever the order.
      norm += n * n;
      if (((known[b >>> 5] ?? 0) & (1 << (b & 31))) === 0) continue;
      const slot = this.slot(b);
      if (keys[slot] !== b) continue;
      const at = offsets[slot] ?? 0;
      const end = at + 2 * (lengths[slot] ?? 0);
      for (let k = at; k < end; k += 2) {
        const c = pairs[k] ?? 0;
        sums[c] = (sums[c] ?? 0) + (pairs[k + 1] ?? 0) * n;
      }
    }
    const x = norm === 0 ? 0 : scale / Math.sqrt(norm);
    const { probabilities } = this;
    for (let c = 0; c < classes.length; c++) probabilities[c] = 1 / (1 + Math.exp(-((bias[c] ?? 0) + (sums[c] ?? 0) * x)));
    return probabilities;
  }

  /** The features of `folded` that pushed hardest towards `scheme`, strongest first. */
  explain(folded: string, scheme: SchemeId, limit = 5): FeatureContribution[] {
    const c = this.weights.classes.indexOf(scheme);
    if (c < 0) return [];
    const found: FeatureContribution[] = [];
    for (const [b, feature] of describeFeatures(folded)) {
      const slot = this.slot(b);
      if (this.keys[slot] !== b) continue;
      const at = this.offsets[slot] ?? 0;
      for (let k = at; k < at + 2 * (this.lengths[slot] ?? 0); k += 2) {
        const weight = this.pairs[k + 1] ?? 0;
        if (this.pairs[k] === c && weight > 0) found.push({ feature, weight: Math.round(weight * this.weights.scale * 1000) / 1000 });
      }
    }
    return found.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, limit);
  }
}
