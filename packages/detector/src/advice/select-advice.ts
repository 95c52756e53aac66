import { GENERIC_ADVICE, SCHEMES } from '../catalog/index.js';
import type { AdviceStep } from '../catalog/index.js';
import type { Advice, RiskLevel, SchemeScore } from '../types.js';

function add(out: Advice[], seen: Set<string>, steps: readonly AdviceStep[], audience: Advice['audience']): void {
  for (const step of steps) {
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    const advice: Advice = { id: step.id, audience, text: step.text };
    if (step.helpLine !== undefined) advice.helpLine = step.helpLine;
    out.push(advice);
  }
}

/**
 * Picks what to do now from the catalog: in an emergency the call-for-help steps come first,
 * then the steps of the top scheme; a recognised scheme gets its own steps; otherwise the
 * generic steps of the risk level. Child steps come before parent steps.
 */
export function selectAdvice(risk: RiskLevel, schemes: readonly SchemeScore[]): Advice[] {
  const out: Advice[] = [];
  const seen = new Set<string>();
  const top = schemes[0];
  const scheme = top === undefined || risk === 'safe' || risk === 'caution' ? undefined : SCHEMES[top.id];
  const generic = risk === 'danger' ? (scheme === undefined ? GENERIC_ADVICE.caution : undefined) : GENERIC_ADVICE[risk];
  if (generic !== undefined) add(out, seen, generic.child, 'child');
  if (scheme !== undefined) add(out, seen, scheme.childAdvice, 'child');
  if (generic !== undefined) add(out, seen, generic.parent, 'parent');
  if (scheme !== undefined) add(out, seen, scheme.parentAdvice, 'parent');
  return out;
}
