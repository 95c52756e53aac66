import type { ReportRequest, ReportScreenshot } from '../../api/api-types.js';
import { lines, type ReportDraft } from './report-draft.js';

/** The server's limits on texts and lists (`REPORT_LIMITS`). */
export const REPORT_TEXT_LIMITS = { narrative: 20_000, conversation: 50_000, listItems: 20 } as const;

/** A field of the form with a problem, and which message explains it. */
export type DraftProblem =
  | { field: 'narrative'; kind: 'empty' | 'tooLong' }
  | { field: 'conversation'; kind: 'tooLong' }
  | { field: 'links' | 'phones'; kind: 'tooMany' }
  | { field: 'contact'; kind: 'consentMissing' };

/** What must be fixed before the draft can be sent (empty when it can go). */
export function draftProblems(draft: ReportDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.narrative.trim() === '') problems.push({ field: 'narrative', kind: 'empty' });
  else if (draft.narrative.length > REPORT_TEXT_LIMITS.narrative) problems.push({ field: 'narrative', kind: 'tooLong' });
  if (draft.conversation.length > REPORT_TEXT_LIMITS.conversation) problems.push({ field: 'conversation', kind: 'tooLong' });
  if (lines(draft.links).length > REPORT_TEXT_LIMITS.listItems) problems.push({ field: 'links', kind: 'tooMany' });
  if (lines(draft.phones).length > REPORT_TEXT_LIMITS.listItems) problems.push({ field: 'phones', kind: 'tooMany' });
  if (draft.wantsContact && draft.contact.trim() !== '' && !draft.contactConsent) problems.push({ field: 'contact', kind: 'consentMissing' });
  return problems;
}

/** What the browser's detector found, as sent with the report. */
export interface DetectorVerdict {
  risk: NonNullable<ReportRequest['detector']>['risk'];
  schemes: NonNullable<ReportRequest['detector']>['schemes'];
}

/**
 * The request body: only what was filled in; contact details only with consent (and only
 * when the person asked to be contacted); anonymous otherwise.
 */
export function reportRequest(
  draft: ReportDraft,
  detector: DetectorVerdict | null,
  screenshots: ReportScreenshot[],
  pdqHashes: readonly string[] = [],
): ReportRequest {
  const body: ReportRequest = { narrative: draft.narrative.trim() };
  if (draft.reporter) body.reporter = draft.reporter;
  if (draft.ageBand) body.ageBand = draft.ageBand;
  if (draft.provinceId) body.provinceId = draft.provinceId;
  if (draft.schemes.length > 0) body.schemes = [...draft.schemes];
  if (draft.conversation.trim()) body.conversation = draft.conversation;
  const links = lines(draft.links);
  if (links.length) body.links = links;
  const phones = lines(draft.phones);
  if (phones.length) body.phones = phones;
  if (detector) body.detector = { risk: detector.risk, schemes: detector.schemes.map((s) => ({ id: s.id, score: Math.min(1, Math.max(0, s.score)) })) };
  if (draft.nickname.trim()) body.nickname = draft.nickname.trim();
  if (draft.wantsContact && draft.contactConsent && draft.contact.trim()) {
    body.contact = draft.contact.trim();
    body.contactConsent = true;
  }
  if (draft.emergency) body.emergency = true;
  if (screenshots.length) body.screenshots = screenshots;
  // Fingerprints only: the private images themselves are never part of a report.
  if (pdqHashes.length) body.pdqHashes = [...pdqHashes];
  return body;
}
