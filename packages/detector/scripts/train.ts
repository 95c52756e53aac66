/**
 * Trains the scheme model from the train split of the corpus and writes
 * `src/model/weights.json`. Deterministic: same corpus, same weights.
 *
 *   npx tsx packages/detector/scripts/train.ts   (or: npm run train:detector)
 *
 * See `train-model.ts` for the model and `extract-features.ts` for its features.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.js';
import { trainModel } from './train-model.js';

const OUT = fileURLToPath(new URL('../src/model/weights.json', import.meta.url));

const { entries, skipped } = loadCorpus('train');
const { weights, features } = trainModel(entries);
const json = JSON.stringify(weights);
writeFileSync(OUT, `${json}\n`);
console.log(
  `trained on ${entries.length} texts (${skipped} lines skipped), ${weights.classes.length} schemes, ` +
    `${features} features → ${Object.keys(weights.rows).length} kept, ${(json.length / 1024).toFixed(1)} KB`,
);
