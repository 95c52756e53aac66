import { RISK_LEVELS, SCHEME_IDS } from '@kmm/detector';
import { z } from 'zod';
import { IMAGE_TYPES } from '../../images/image-type.js';
import { AGE_BANDS, REPORTERS } from '../cases/case-vocabulary.js';

/** Limits of a report; the route's body limit (36 MB) fits five 5 MB screenshots in base64. */
export const REPORT_LIMITS = {
  narrative: 20_000,
  conversation: 50_000,
  listItems: 20,
  pdqHashes: 5,
  screenshots: 5,
  screenshotBytes: 5 * 1024 * 1024,
  message: 5_000,
} as const;

/** The detector's verdict as the browser computed it; other fields of the result are dropped. */
const detectorVerdict = z.object({
  risk: z.enum(RISK_LEVELS),
  schemes: z.array(z.object({ id: z.enum(SCHEME_IDS), score: z.number().min(0).max(1) })).max(SCHEME_IDS.length),
});

const screenshot = z.strictObject({
  mime: z.enum(IMAGE_TYPES),
  // Size and count are checked by the handler, to answer with a message about files.
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** `POST /api/reports`. Scheme ids and the province are checked by the handler, with their own messages. */
export const reportBody = z.strictObject({
  narrative: z.string().trim().min(1).max(REPORT_LIMITS.narrative),
  reporter: z.enum(REPORTERS).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  provinceId: z.string().max(40).optional(),
  /** Scheme ids, or `['unknown']` when the reporter cannot say. */
  schemes: z.array(z.string().max(40)).max(SCHEME_IDS.length + 1).optional(),
  conversation: z.string().max(REPORT_LIMITS.conversation).optional(),
  links: z.array(z.string().trim().min(1).max(2_048)).max(REPORT_LIMITS.listItems).optional(),
  phones: z.array(z.string().trim().min(1).max(64)).max(REPORT_LIMITS.listItems).optional(),
  detector: detectorVerdict.optional(),
  nickname: z.string().trim().min(1).max(60).optional(),
  contact: z.string().trim().min(1).max(200).optional(),
  contactConsent: z.boolean().optional(),
  emergency: z.boolean().optional(),
  /** PDQ hashes computed on the device; the images themselves stay there. */
  pdqHashes: z.array(z.string().regex(/^[0-9a-fA-F]{64}$/)).max(REPORT_LIMITS.pdqHashes).optional(),
  screenshots: z.array(screenshot).optional(),
});
export type ReportBody = z.infer<typeof reportBody>;

export const reportCreated = z.object({ code: z.string(), pin: z.string() });

export const reportParams = z.object({ code: z.string().max(40) });

// Loose: the validated headers replace the request's, and the error handler still needs `accept-language`.
export const pinHeaders = z.looseObject({ 'x-report-pin': z.string().regex(/^\d{6}$/) });
/**
 * `POST /api/reports` headers. `Idempotency-Key` (a random UUID, one per draft) makes a retry
 * answer with the case the first try created. A header rather than a body field: it is about
 * the delivery, not the report, so the body's fingerprint covers exactly what the reporter wrote.
 */
export const reportHeaders = z.looseObject({ 'idempotency-key': z.uuid().optional() });

export const reporterMessageBody = z.strictObject({ text: z.string().trim().min(1).max(REPORT_LIMITS.message) });

/** What the reporter sees: the status and the conversation, never internal notes. */
export const reportThread = z.object({
  status: z.string(),
  messages: z.array(z.object({ from: z.enum(['reporter', 'counsellor']), text: z.string(), at: z.string() })),
});
