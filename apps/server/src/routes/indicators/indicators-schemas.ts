import { SCHEME_IDS } from '@kmm/detector';
import { z } from 'zod';
import { INDICATOR_KINDS } from './indicators-tables.js';

/** `POST /api/cases/:id/indicators`: what a counsellor found in the case. */
export const proposeIndicatorBody = z.strictObject({
  kind: z.enum(INDICATOR_KINDS),
  value: z.string().trim().min(1).max(2_048),
  scheme: z.enum(SCHEME_IDS),
});

export const indicatorView = z.object({
  id: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  value: z.string(),
  scheme: z.enum(SCHEME_IDS),
  status: z.enum(['proposed', 'confirmed', 'rejected']),
  proposedBy: z.string(),
  proposedAt: z.string(),
});

const indicator = z.object({ value: z.string(), scheme: z.enum(SCHEME_IDS) });

/** The public list: the detector's IndicatorSet, image hashes, and the version (also the ETag). */
export const publishedIndicators = z.object({
  version: z.string(),
  phones: z.array(indicator),
  domains: z.array(indicator),
  phrases: z.array(indicator),
  pdq: z.array(indicator),
});
