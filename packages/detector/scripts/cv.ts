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
import { analyze, RISK_LEVELS, SCHEME_IDS } from '../src/index.js';
import type { SchemeId } from '../src/index.js';
import { SchemeModel } from '../src/model/scheme-model.js';
import type { CorpusEntry } from './corpus.js';
import { loadCorpus, theirText } from './corpus.js';
import { trainModel } from './train-model.js';

const FOLDS = 5;
const RECOGNISED = 0.6;

/** FNV-1a of the id: a fold that depends on the entry alone. */
function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % FOLDS;
}

const option = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const missesOf = option('--misses');
const { entries } = loadCorpus('train', option('--corpus'));
const counts = new Map<SchemeId, { tp: number; fp: number; fn: number }>(SCHEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
let benign = 0;
let benignCaution = 0;
let benignDanger = 0;
let harmful = 0;
let harmfulFlagged = 0;
let riskRight = 0;
const misses: string[] = [];

const short = (e: CorpusEntry): string => theirText(e.input).replace(/\s+/g, ' ').slice(0, 260);

for (let fold = 0; fold < FOLDS; fold++) {
  const model = new SchemeModel(trainModel(entries.filter((e) => foldOf(e.id) !== fold)).weights);
  for (const entry of entries.filter((e) => foldOf(e.id) === fold)) {
    const result = analyze(entry.input, { model });
    const predicted = new Set(result.schemes.filter((s) => s.score >= RECOGNISED).map((s) => s.id));
    for (const id of SCHEME_IDS) {
      const c = counts.get(id);
      if (c === undefined) continue;
      const expected = entry.schemes.includes(id);
      if (expected && predicted.has(id)) c.tp++;
      else if (expected) c.fn++;
      else if (predicted.has(id)) c.fp++;
      if (id === missesOf && expected !== predicted.has(id)) {
        misses.push(`${expected ? 'MISSED' : 'WRONG '} ${entry.id} [${[...predicted].join(',')}] ${result.signals.map((s) => s.id).join(',')} | ${short(entry)}`);
      }
    }
    if (entry.risk === result.risk) riskRight++;
    if (entry.schemes.length === 0) {
      benign++;
      if (result.risk !== 'safe') benignCaution++;
      if (result.risk === 'danger' || result.risk === 'emergency') benignDanger++;
      if (missesOf === 'benign' && result.risk !== 'safe') {
        misses.push(`${result.risk} ${entry.id} [${[...predicted].join(',')}] ${result.signals.map((s) => s.id).join(',')} | ${short(entry)}`);
      }
    } else {
      harmful++;
      if (result.risk !== 'safe') harmfulFlagged++;
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
console.log(`Train split, ${FOLDS}-fold cross-validation: ${entries.length} examples (${benign} benign)\n`);
console.log('scheme                    support  precision  recall     F1');
let macro = 0;
let schemesWithSupport = 0;
for (const id of SCHEME_IDS) {
  const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
  const support = c.tp + c.fn;
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = support === 0 ? 0 : c.tp / support;
  if (support > 0) {
    macro += f1(p, r);
    schemesWithSupport++;
  }
  console.log(`${id.padEnd(26)}${String(support).padStart(7)}  ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, support)}  ${f1(p, r).toFixed(3)}`);
}
console.log(`macro F1 over ${schemesWithSupport} schemes: ${(macro / Math.max(1, schemesWithSupport)).toFixed(3)}`);
console.log(`risk level exact:                ${pct(riskRight, entries.length)} (levels: ${RISK_LEVELS.join(' < ')})`);
console.log(`harmful flagged (not safe):      ${pct(harmfulFlagged, harmful)}`);
console.log(`benign false positives ≥ caution: ${pct(benignCaution, benign)} (${benignCaution}/${benign})`);
console.log(`benign false positives ≥ danger:  ${pct(benignDanger, benign)} (${benignDanger}/${benign})`);
if (missesOf !== undefined) console.log(`\n${misses.join('\n')}`);
