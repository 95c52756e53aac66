import { RISK_LEVELS, SCHEME_IDS } from '../src/index.js';
import type { AnalysisResult, RiskLevel, SchemeId } from '../src/index.js';
import type { CorpusEntry } from './corpus.js';

/** A scheme counts as predicted when the result lists it with a score ≥ 0.6 (recognised). */
export const RECOGNISED = 0.6;

/** The schemes a result recognises. */
export function recognised(result: AnalysisResult): Set<SchemeId> {
  return new Set(result.schemes.filter((s) => s.score >= RECOGNISED).map((s) => s.id));
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * The figures `eval:detector` and `cv:detector` both print: per-scheme precision, recall and
 * F1, the confusion of risk levels, and how often benign texts are flagged.
 */
export class Scoreboard {
  readonly #counts = new Map<SchemeId, { tp: number; fp: number; fn: number }>(SCHEME_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  readonly #confusion = new Map<string, number>();
  #total = 0;
  #riskRight = 0;
  #benign = 0;
  #benignCaution = 0;
  #benignDanger = 0;
  #harmful = 0;
  #harmfulFlagged = 0;

  get benign(): number {
    return this.#benign;
  }

  add(entry: CorpusEntry, result: AnalysisResult): void {
    const predicted = recognised(result);
    for (const id of SCHEME_IDS) {
      const c = this.#counts.get(id)!;
      const expected = entry.schemes.includes(id);
      if (expected && predicted.has(id)) c.tp++;
      else if (expected) c.fn++;
      else if (predicted.has(id)) c.fp++;
    }
    const key = `${entry.risk}>${result.risk}`;
    this.#confusion.set(key, (this.#confusion.get(key) ?? 0) + 1);
    this.#total++;
    if (entry.risk === result.risk) this.#riskRight++;
    if (entry.schemes.length === 0) {
      this.#benign++;
      if (result.risk !== 'safe') this.#benignCaution++;
      if (result.risk === 'danger' || result.risk === 'emergency') this.#benignDanger++;
    } else {
      this.#harmful++;
      if (result.risk !== 'safe') this.#harmfulFlagged++;
    }
  }

  print(options: { confusion: boolean }): void {
    console.log('scheme                    support  precision  recall     F1');
    let macro = 0;
    let schemesWithSupport = 0;
    for (const id of SCHEME_IDS) {
      const c = this.#counts.get(id)!;
      const support = c.tp + c.fn;
      const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
      const r = support === 0 ? 0 : c.tp / support;
      if (support > 0) {
        macro += f1(p, r);
        schemesWithSupport++;
      }
      console.log(`${id.padEnd(26)}${String(support).padStart(7)}  ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, support)}  ${f1(p, r).toFixed(3)}`);
    }
    console.log(`macro F1 over ${schemesWithSupport} schemes: ${(macro / Math.max(1, schemesWithSupport)).toFixed(3)}\n`);
    if (options.confusion) {
      console.log('risk confusion (rows: expected, columns: predicted)');
      console.log(`${'expected'.padEnd(11)}${RISK_LEVELS.map((r) => r.padStart(10)).join('')}`);
      for (const expected of RISK_LEVELS) {
        const row = RISK_LEVELS.map((got: RiskLevel) => String(this.#confusion.get(`${expected}>${got}`) ?? 0).padStart(10));
        console.log(`${expected.padEnd(11)}${row.join('')}`);
      }
      console.log('');
    }
    console.log(`risk level exact:                ${pct(this.#riskRight, this.#total)}`);
    console.log(`harmful flagged (not safe):      ${pct(this.#harmfulFlagged, this.#harmful)}`);
    console.log(`benign false positives ≥ caution: ${pct(this.#benignCaution, this.#benign)} (${this.#benignCaution}/${this.#benign})`);
    console.log(`benign false positives ≥ danger:  ${pct(this.#benignDanger, this.#benign)} (${this.#benignDanger}/${this.#benign})`);
  }
}
