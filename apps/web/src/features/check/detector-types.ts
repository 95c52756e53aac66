import type { AnalysisResult } from '@kmm/detector';

/*
 * Types the detector's index does not export by name (yet), derived from its public
 * `AnalysisResult` so this feature never reaches into the detector's folders.
 */

/** A link found in the input, with its verdict and reasons. */
export type LinkFinding = AnalysisResult['links'][number];
/** A phone number found in the input, normalised and explained. */
export type PhoneFinding = AnalysisResult['phones'][number];
export type LinkVerdict = LinkFinding['verdict'];
export type LinkReasonId = LinkFinding['reasons'][number]['id'];
export type PhoneVerdict = PhoneFinding['verdict'];
export type PhoneKind = PhoneFinding['kind'];
export type PhoneReasonId = PhoneFinding['reasons'][number]['id'];
