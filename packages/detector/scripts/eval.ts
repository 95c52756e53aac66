/**
 * Evaluates the detector on the TEST split of the corpus (never used for tuning or training):
 * per-scheme precision/recall/F1, the confusion matrix of risk levels and the benign
 * false-positive rate.
 *
 *   npx tsx packages/detector/scripts/eval.ts   (or: npm run eval:detector)
 *
 * A scheme counts as predicted when the result lists it with a score ≥ 0.6 (recognised).
 */
import { analyze, RISK_LEVELS, SCHEME_IDS } from '../src/index.js';
import type { RiskLevel, SchemeId } from '../src/index.js';
import { loadCorpus } from './corpus.js';

const RECOGNISED = 0.6;
const { entries, skipped } = loadCorpus('test');
const counts = new Map<SchemeId, { tp: number; fp: number; fn: number }>(SCHEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const confusion = new Map<string, number>();
let benign = 0;
let benignCaution = 0;
let benignDanger = 0;
let riskRight = 0;
let harmful = 0;
let harmfulFlagged = 0;

for (const entry of entries) {
  const result = analyze(entry.input);
  const predicted = new Set(result.schemes.filter((s) => s.score >= RECOGNISED).map((s) => s.id));
  for (const id of SCHEME_IDS) {
    const c = counts.get(id);
    if (c === undefined) continue;
    const expected = entry.schemes.includes(id);
    if (expected && predicted.has(id)) c.tp++;
    else if (expected) c.fn++;
    else if (predicted.has(id)) c.fp++;
  }
  const key = `${entry.risk}>${result.risk}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
  if (entry.risk === result.risk) riskRight++;
  if (entry.schemes.length === 0) {
    benign++;
    if (result.risk !== 'safe') benignCaution++;
    if (result.risk === 'danger' || result.risk === 'emergency') benignDanger++;
  } else {
    harmful++;
    if (result.risk !== 'safe') harmfulFlagged++;
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
console.log(`Test split: ${entries.length} examples (${benign} benign), ${skipped} lines skipped\n`);
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
  console.log(
    `${id.padEnd(26)}${String(support).padStart(7)}  ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, support)}  ${f1(p, r).toFixed(3)}`,
  );
}
console.log(`macro F1 over ${schemesWithSupport} schemes: ${(macro / Math.max(1, schemesWithSupport)).toFixed(3)}\n`);
console.log('risk confusion (rows: expected, columns: predicted)');
console.log(`${'expected'.padEnd(11)}${RISK_LEVELS.map((r) => r.padStart(10)).join('')}`);
for (const expected of RISK_LEVELS) {
  const row = RISK_LEVELS.map((got: RiskLevel) => String(confusion.get(`${expected}>${got}`) ?? 0).padStart(10));
  console.log(`${expected.padEnd(11)}${row.join('')}`);
}
console.log(`\nrisk level exact:                ${pct(riskRight, entries.length)}`);
console.log(`harmful flagged (not safe):      ${pct(harmfulFlagged, harmful)}`);
console.log(`benign false positives ≥ caution: ${pct(benignCaution, benign)} (${benignCaution}/${benign})`);
console.log(`benign false positives ≥ danger:  ${pct(benignDanger, benign)} (${benignDanger}/${benign})`);
