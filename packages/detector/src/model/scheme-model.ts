import type { SchemeId } from '../types.js';
import { FEATURE_BITS, describeFeatures, forEachFeature } from './extract-features.js';

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

/** A feature's pull towards a scheme, for explanations. */
export interface FeatureContribution {
  feature: string;
  weight: number;
}

/** A scheme-probability model that can say which features drove a prediction. */
export class SchemeModel {
  /** Per bucket: where its `[class, weight]` pairs start in `pairs`, or -1. */
  private readonly offsets = new Int32Array(1 << FEATURE_BITS).fill(-1);
  /** Per bucket with weights: how many pairs it has. */
  private readonly lengths = new Uint8Array(1 << FEATURE_BITS);
  private readonly pairs: Int16Array;
  private readonly sums: Float64Array;
  /** Feature counts of the text being scored, and which buckets to reset afterwards. */
  private readonly counts = new Uint16Array(1 << FEATURE_BITS);
  private touched = new Int32Array(1024);

  constructor(private readonly weights: ModelWeights) {
    const rows = Object.entries(weights.rows);
    this.pairs = new Int16Array(rows.reduce((n, [, row]) => n + row.length, 0));
    let at = 0;
    for (const [key, row] of rows) {
      const b = Number(key) & ((1 << FEATURE_BITS) - 1);
      this.offsets[b] = at;
      this.lengths[b] = row.length / 2;
      this.pairs.set(row, at);
      at += row.length;
    }
    this.sums = new Float64Array(weights.classes.length);
  }

  /** Probability per scheme (0..1) for a folded text; empty when the model has no classes. */
  predict(folded: string): Map<SchemeId, number> {
    const { classes, bias, scale } = this.weights;
    const { sums, counts, offsets, lengths, pairs } = this;
    sums.fill(0);
    let distinct = 0;
    forEachFeature(folded, (b) => {
      if (counts[b] === 0) {
        if (distinct === this.touched.length) {
          const grown = new Int32Array(distinct * 2);
          grown.set(this.touched);
          this.touched = grown;
        }
        this.touched[distinct++] = b;
      }
      if ((counts[b] ?? 0) < 0xffff) counts[b] = (counts[b] ?? 0) + 1;
    });
    let norm = 0;
    for (let i = 0; i < distinct; i++) {
      const b = this.touched[i] ?? 0;
      const n = counts[b] ?? 0;
      counts[b] = 0;
      norm += n * n;
      const at = offsets[b] ?? -1;
      if (at < 0) continue;
      const end = at + 2 * (lengths[b] ?? 0);
      for (let k = at; k < end; k += 2) {
        const c = pairs[k] ?? 0;
        sums[c] = (sums[c] ?? 0) + (pairs[k + 1] ?? 0) * n;
      }
    }
    const x = norm === 0 ? 0 : scale / Math.sqrt(norm);
    const out = new Map<SchemeId, number>();
    classes.forEach((id, c) => out.set(id, 1 / (1 + Math.exp(-((bias[c] ?? 0) + (sums[c] ?? 0) * x)))));
    return out;
  }

  /** The features of `folded` that pushed hardest towards `scheme`, strongest first. */
  explain(folded: string, scheme: SchemeId, limit = 5): FeatureContribution[] {
    const c = this.weights.classes.indexOf(scheme);
    if (c < 0) return [];
    const found: FeatureContribution[] = [];
    for (const [b, feature] of describeFeatures(folded)) {
      const at = this.offsets[b] ?? -1;
      if (at < 0) continue;
      for (let k = at; k < at + 2 * (this.lengths[b] ?? 0); k += 2) {
        const weight = this.pairs[k + 1] ?? 0;
        if (this.pairs[k] === c && weight > 0) found.push({ feature, weight: Math.round(weight * this.weights.scale * 1000) / 1000 });
      }
    }
    return found.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, limit);
  }
}
