/**
 * The features the learned model sees, hashed to 18-bit buckets so no string is built per
 * feature: word unigrams and bigrams of the folded text, and character 4-grams inside words
 * of five letters or more (so "chuyenkhoan" or a misspelt "chuyeen" still shares features
 * with the training texts). Digits count as one symbol so amounts and codes generalise
 * ("5tr" ≈ "9tr"). Features repeat when their words repeat (term counts).
 */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const DIGIT = 35; // '#'

const step = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const bucket = (h: number, kind: number): number => (Math.imul(h ^ kind, 0x9e3779b1) >>> (32 - FEATURE_BITS)) & MASK;
const symbol = (c: number): number => (c >= 48 && c <= 57 ? DIGIT : c);

/** At most this many features come from a folded text of `length` characters. */
export const maxFeatures = (length: number): number => 2 * length + 2;

/**
 * Writes the bucket of every feature of a folded text into `out` (room for
 * {@link maxFeatures}) and returns how many there are. Filling an array, rather than calling
 * back per feature, keeps the model's hot loop free of calls.
 */
export function featureBuckets(folded: string, out: Int32Array): number {
  let count = 0;
  let previous = 0;
  let hasPrevious = false;
  for (let i = 0; i < folded.length; ) {
    let j = folded.indexOf(' ', i);
    if (j < 0) j = folded.length;
    let h = FNV_OFFSET;
    for (let k = i; k < j; k++) h = step(h, symbol(folded.charCodeAt(k)));
    out[count++] = bucket(h, 1);
    if (hasPrevious) out[count++] = bucket(step(previous, h), 2);
    if (j - i >= 5) {
      // 4-grams of " word ": the spaces mark the word's start and end.
      for (let k = i - 1; k + 4 <= j + 1; k++) {
        let g = FNV_OFFSET;
        for (let q = k; q < k + 4; q++) g = step(g, q < i || q >= j ? 32 : symbol(folded.charCodeAt(q)));
        out[count++] = bucket(g, 3);
      }
    }
    previous = h;
    hasPrevious = true;
    i = j + 1;
  }
  return count;
}

/** Calls `emit` with the bucket of every feature of a folded text (used by training). */
export function forEachFeature(folded: string, emit: (bucket: number) => void): void {
  const buckets = new Int32Array(maxFeatures(folded.length));
  const count = featureBuckets(folded, buckets);
  for (let i = 0; i < count; i++) emit(buckets[i] ?? 0);
}

function hashOf(text: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < text.length; k++) h = step(h, symbol(text.charCodeAt(k)));
  return h;
}

/** Human-readable names of the features of a folded text, by bucket, for explanations. */
export function describeFeatures(folded: string): Map<number, string> {
  const names = new Map<number, string>();
  const label = (text: string): string => text.replace(/[0-9]/g, '#');
  let previous = '';
  for (const word of folded === '' ? [] : folded.split(' ')) {
    names.set(bucket(hashOf(word), 1), label(word));
    if (previous !== '') names.set(bucket(step(hashOf(previous), hashOf(word)), 2), label(`${previous} ${word}`));
    if (word.length >= 5) {
      const padded = ` ${word} `;
      for (let k = 0; k + 4 <= padded.length; k++) {
        const gram = padded.slice(k, k + 4);
        names.set(bucket(hashOf(gram), 3), `"${label(gram)}"`);
      }
    }
    previous = word;
  }
  return names;
}
