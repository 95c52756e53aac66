/**
 * The "Tôi cần giúp đỡ" triage: at most three questions, and any answer that means someone
 * may be in danger right now leads straight to an emergency screen.
 */

/** Q1: is someone telling the child to go somewhere, stay alone, or hurt themselves? */
export type DangerAnswer = 'go_alone' | 'self_harm' | 'no';
/** Q2: is someone threatening the child right now? */
export type ThreatAnswer = 'images' | 'harm' | 'no';
/** Q3: what happened (a scheme id offered on the triage, or "unknown"). */
export const WHAT_CHOICES = [
  'online_kidnapping',
  'grooming',
  'sextortion',
  'harmful_challenge',
  'account_takeover',
  'game_scam',
  'prize_scam',
  'job_scam',
  'shopping_scam',
  'unknown',
] as const;
export type WhatAnswer = (typeof WHAT_CHOICES)[number];

export interface TriageAnswers {
  danger?: DangerAnswer;
  threat?: ThreatAnswer;
  what?: WhatAnswer;
}

/** The emergency situations, each with its own screen and first ten minutes. */
export const SITUATIONS = ['kidnapping', 'sextortion', 'selfHarm', 'threat'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Where the triage goes next. */
export type TriageStep =
  | { kind: 'ask'; question: 1 | 2 | 3 }
  | { kind: 'emergency'; situation: Situation }
  | { kind: 'report'; scheme: WhatAnswer };

/** The next step for the answers given so far; emergencies come before any other question. */
export function triageStep(answers: TriageAnswers): TriageStep {
  if (answers.danger === undefined) return { kind: 'ask', question: 1 };
  if (answers.danger === 'go_alone') return { kind: 'emergency', situation: 'kidnapping' };
  if (answers.danger === 'self_harm') return { kind: 'emergency', situation: 'selfHarm' };
  if (answers.threat === undefined) return { kind: 'ask', question: 2 };
  if (answers.threat === 'images') return { kind: 'emergency', situation: 'sextortion' };
  if (answers.threat === 'harm') return { kind: 'emergency', situation: 'threat' };
  if (answers.what === undefined) return { kind: 'ask', question: 3 };
  return { kind: 'report', scheme: answers.what };
}

/** URL slugs of the emergency screens (`/tro-giup/khan-cap/:slug`). */
export const SITUATION_SLUGS: Readonly<Record<Situation, string>> = {
  kidnapping: 'bat-coc-online',
  sextortion: 'doa-tung-anh',
  selfHarm: 'tu-hai',
  threat: 'bi-de-doa',
};

export function situationFromSlug(slug: string | undefined): Situation | null {
  const found = SITUATIONS.find((s) => SITUATION_SLUGS[s] === slug);
  return found ?? null;
}

/** The scheme a report from this emergency screen starts with ('unknown' when it is not one). */
export const SITUATION_SCHEME: Readonly<Record<Situation, string>> = {
  kidnapping: 'online_kidnapping',
  sextortion: 'sextortion',
  selfHarm: 'self_harm_risk',
  threat: 'unknown',
};

/** Whether the emergency screen shows 115 (someone hurt, or who took something). */
export const needsAmbulance = (situation: Situation): boolean => situation === 'selfHarm';

/** The report form's address, marked as an emergency when it comes from an emergency screen. */
export function reportPath(options: { emergency?: boolean; scheme?: string }): string {
  const query = new URLSearchParams();
  if (options.emergency) query.set('khan-cap', '1');
  if (options.scheme && options.scheme !== 'unknown') query.set('van-de', options.scheme);
  const qs = query.toString();
  return qs ? `/bao-cao?${qs}` : '/bao-cao';
}
