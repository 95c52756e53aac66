import { RISK_LEVELS, SCHEME_IDS } from '@kmm/detector';
import { z } from 'zod';
import { AGE_BANDS, CASE_STATUSES, REFERRAL_TARGETS, REPORTERS, URGENCIES } from './case-vocabulary.js';

export const caseParams = z.object({ id: z.string().max(64) });

export const queueQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  scheme: z.enum([...SCHEME_IDS, 'unknown']).optional(),
  province: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const caseSummary = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(CASE_STATUSES),
  urgency: z.enum(URGENCIES),
  risk: z.enum(RISK_LEVELS).nullable(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  reporter: z.enum(REPORTERS).nullable(),
  provinceId: z.string().nullable(),
  schemes: z.array(z.string()),
  emergency: z.boolean(),
  assignedTo: z.string().nullable(),
  createdAt: z.string(),
  dueAt: z.string(),
  firstResponseAt: z.string().nullable(),
  breached: z.boolean(),
});

export const caseDetail = caseSummary.extend({
  nickname: z.string().nullable(),
  contact: z.string().nullable(),
  contactConsent: z.boolean(),
  referralConsent: z.boolean(),
  narrative: z.string().nullable(),
  conversation: z.string().nullable(),
  links: z.array(z.string()),
  phones: z.array(z.string()),
  pdqHashes: z.array(z.string()),
  detector: z.object({ risk: z.string(), schemes: z.array(z.object({ id: z.string(), score: z.number() })) }).nullable(),
  screenshots: z.array(z.object({ id: z.string(), mime: z.string(), bytes: z.number().int() })),
  closedAt: z.string().nullable(),
  purgedAt: z.string().nullable(),
  timeline: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      kind: z.string(),
      userId: z.string().nullable(),
      text: z.string().nullable().optional(),
      detail: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

const count = z.number().int();
export const caseStats = z.object({
  total: count,
  byScheme: z.array(z.object({ scheme: z.string(), count })),
  byProvince: z.array(z.object({ provinceId: z.string().nullable(), count })),
  byWeek: z.array(z.object({ week: z.string(), count })),
  byUrgency: z.array(z.object({ urgency: z.string(), count })),
});

export const assignBody = z.strictObject({ expertId: z.string().min(1).max(64) });
export const counsellor = z.object({ id: z.string(), displayName: z.string(), provinceId: z.string().nullable() });
export const statusBody = z.strictObject({ status: z.enum(CASE_STATUSES) });
export const textBody = z.strictObject({ text: z.string().trim().min(1).max(10_000) });
export const messageCreated = z.object({ id: z.string(), at: z.string() });

export const referralBody = z.strictObject({
  to: z.enum(REFERRAL_TARGETS),
  consent: z.boolean(),
  emergencyOverride: z.strictObject({ reason: z.string().trim().min(10).max(2_000) }).optional(),
});
export const referralCreated = z.object({ to: z.enum(REFERRAL_TARGETS), basis: z.enum(['consent', 'emergency_override']), at: z.string() });
