/**
 * Evaluates the detector on the TEST split of the corpus (never used for tuning or training):
 * per-scheme precision/recall/F1, the confusion matrix of risk levels and the benign
 * false-positive rate.
 *
 *   npx tsx packages/detector/scripts/eval.ts   (or: npm run eval:detector)
 *
 * A scheme counts as predicted when the result lists it with a score ≥ 0.6 (recognised).
 */
import { analyze } from '../src/index.js';
import { loadCorpus } from './corpus.js';
import { Scoreboard } from './scoreboard.js';

const { entries, skipped } = loadCorpus('test');
const scores = new Scoreboard();
for (const entry of entries) scores.add(entry, analyze(entry.input));

console.log(`Test split: ${entries.length} examples (${scores.benign} benign), ${skipped} lines skipped\n`);
scores.print({ confusion: true });
