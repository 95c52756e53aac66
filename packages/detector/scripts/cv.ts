/**
 * 5-fold cross-validation on the TRAIN split (the test split is never read): the model is
 * retrained on four folds and the detector evaluated on the fifth, for every fold. Folds are
 * fixed by a hash of each entry's id, so adding lines does not reshuffle the others. This is
 * the figure to tune rules, context and model on; `eval:detector` is for the final check.
 *
 *   npx tsx packages/detector/scripts/cv.ts [--misses <scheme|benign>] [--corpus <dir>]   (or: npm run cv:detector)
 *
 * `--misses` lists the held-out train texts a scheme missed or wrongly recognised (or, with
 * `benign`, the benign train texts flagged `caution` or worse), to see which phrases are missing;
 * `--corpus` reads the corpus from another directory (e.g. an earlier copy, to compare code
 * changes on the same data).
 */
import { analyze, SCHEME_IDS } from '../src/index.js';
import { SchemeModel } from '../src/model/scheme-model.js';
import type { CorpusEntry } from './corpus.js';
import { loadCorpus, theirText } from './corpus.js';
import { recognised, Scoreboard } from './scoreboard.js';
import { trainModel } from './train-model.js';

const FOLDS = 5;

/** FNV-1a of the id: a fold that depends on the entry alone. */
function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % FOLDS;
}

const option = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const missesOf = option('--misses');
const missedScheme = SCHEME_IDS.find((id) => id === missesOf);
const { entries } = loadCorpus('train', option('--corpus'));
const scores = new Scoreboard();
const misses: string[] = [];

const short = (e: CorpusEntry): string => theirText(e.input).replace(/\s+/g, ' ').slice(0, 260);

for (let fold = 0; fold < FOLDS; fold++) {
  const model = new SchemeModel(trainModel(entries.filter((e) => foldOf(e.id) !== fold)).weights);
  for (const entry of entries.filter((e) => foldOf(e.id) === fold)) {
    const result = analyze(entry.input, { model });
    scores.add(entry, result);
    if (missesOf === undefined) continue;
    const predicted = recognised(result);
    const why = `${entry.id} [${[...predicted].join(',')}] ${result.signals.map((s) => s.id).join(',')} | ${short(entry)}`;
    if (missesOf === 'benign') {
      if (entry.schemes.length === 0 && result.risk !== 'safe') misses.push(`${result.risk} ${why}`);
    } else if (missedScheme !== undefined && entry.schemes.includes(missedScheme) !== predicted.has(missedScheme)) {
      misses.push(`${predicted.has(missedScheme) ? 'WRONG ' : 'MISSED'} ${why}`);
    }
  }
}

console.log(`Train split, ${FOLDS}-fold cross-validation: ${entries.length} examples (${scores.benign} benign)\n`);
scores.print({ confusion: false });
if (missesOf !== undefined) console.log(`\n${misses.join('\n')}`);
