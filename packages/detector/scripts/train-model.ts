/**
 * The training procedure behind `train.ts`, reusable for cross-validation on the train split:
 * one-vs-rest logistic regression per scheme over L2-normalised hashed feature counts, trained by
 * SGD with L2 in a seeded order; rare features dropped, small weights pruned, the rest
 * quantised to 8 bits.
 */
import { forEachFeature } from '../src/model/extract-features.js';
import type { ModelWeights } from '../src/model/scheme-model.js';
import { normalize } from '../src/normalize/normalize.js';
import { SCHEME_IDS } from '../src/types.js';
import type { CorpusEntry } from './corpus.js';
import { theirText } from './corpus.js';

const EPOCHS = 30;
const LEARNING_RATE = 2;
const L2 = 1e-4;
const MIN_DOCS = 3;
/** Weights smaller than this fraction of the largest are dropped. */
const PRUNE = 0.03;

/** A small seeded generator (mulberry32), so the training order is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains the scheme model on `entries`; deterministic. */
export function trainModel(entries: readonly CorpusEntry[]): { weights: ModelWeights; features: number } {
  const docs = entries.map((e) => {
    const counts = new Map<number, number>();
    forEachFeature(normalize(theirText(e.input)).folded, (b) => counts.set(b, (counts.get(b) ?? 0) + 1));
    return counts;
  });
  const df = new Map<number, number>();
  for (const counts of docs) for (const f of counts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const vocabulary = [...df.entries()].filter(([, n]) => n >= MIN_DOCS).map(([f]) => f).sort((a, b) => a - b);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  // Each text as (feature index, count / ‖counts‖) pairs, features outside the vocabulary dropped.
  const rows = docs.map((counts) => {
    let norm = 0;
    for (const n of counts.values()) norm += n * n;
    const features: number[] = [];
    const values: number[] = [];
    for (const [f, n] of counts) {
      const i = index.get(f);
      if (i === undefined) continue;
      features.push(i);
      values.push(n / Math.sqrt(norm));
    }
    return { features, values };
  });

  const classes = SCHEME_IDS.filter((id) => entries.some((e) => e.schemes.includes(id)));
  const K = classes.length;
  const W = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  const positives = classes.map((id) => entries.filter((e) => e.schemes.includes(id)).length);
  const next = random(20240917);
  const order = entries.map((_, i) => i);

  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const d of order) {
      const { features, values } = rows[d] ?? { features: [], values: [] };
      const labels = entries[d]?.schemes ?? [];
      for (let c = 0; c < K; c++) {
        let z = bias[c] ?? 0;
        for (let q = 0; q < features.length; q++) z += (W[(features[q] ?? 0) * K + c] ?? 0) * (values[q] ?? 0);
        const p = 1 / (1 + Math.exp(-z));
        const y = labels.includes(classes[c] ?? 'grooming') ? 1 : 0;
        // Positives are rare for each class: weigh them up so recall does not collapse.
        const weight = y === 1 ? Math.min(8, (entries.length - (positives[c] ?? 0)) / Math.max(1, positives[c] ?? 0) / 2) : 1;
        const g = (p - y) * weight * rate;
        bias[c] = (bias[c] ?? 0) - g * 0.1;
        for (let q = 0; q < features.length; q++) {
          const k = (features[q] ?? 0) * K + c;
          W[k] = (W[k] ?? 0) * (1 - rate * L2) - g * (values[q] ?? 0);
        }
      }
    }
  }

  let maxAbs = 0;
  for (const w of W) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const out: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    const row: number[] = [];
    for (let c = 0; c < K; c++) {
      const w = W[f * K + c] ?? 0;
      if (Math.abs(w) < PRUNE * maxAbs) continue;
      const q = Math.round(w / scale);
      if (q !== 0) row.push(c, q);
    }
    if (row.length > 0) out[feature] = row;
  });
  const weights: ModelWeights = {
    version: 1,
    classes: [...classes],
    bias: [...bias].map((b) => Math.round(b * 1e4) / 1e4),
    scale: Number(scale.toPrecision(6)),
    rows: out,
  };
  return { weights, features: vocabulary.length };
}
