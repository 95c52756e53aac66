/**
 * The shapes of the API's JSON, derived from the route schemas, for the web app to import
 * with `import type` (package subpath `@kmm/server/api-contract`). Type-only on purpose:
 * nothing here may pull server code into the browser bundle, and every file this one
 * reaches must type-check without Node's types (the web workspace compiles it).
 * Responses are `z.output` (what the server sends); request bodies are `z.input` (what a
 * client may send, before defaults and transforms).
 */
import type { z } from 'zod';
import type { sessionUser, sessionResponse } from './routes/auth/auth-schemas.js';
import type { campaign, campaignBody, campaignTargets } from './routes/campaign/campaigns/campaigns-schemas.js';
import type { dashboard, drillSchool, provinceRow, publicCounters, weekPoint } from './routes/campaign/dashboard/dashboard-schemas.js';
import type { campaignEvent, eventBody, eventCounter, eventStatsBody, publicEvent, ticket } from './routes/campaign/events/events-schemas.js';
import type { expert, expertBody, topicCounts } from './routes/campaign/experts/experts-schemas.js';
import type { IMPORT_KINDS, importRecord, importResult } from './routes/campaign/imports/imports-schemas.js';
import type { school, schoolBody, schoolRow } from './routes/campaign/schools/schools-schemas.js';
import type { influencer, influencerBody, post } from './routes/campaign/social/social-schemas.js';
import type { training, trainingReportBody, trainingRequestBody } from './routes/campaign/trainings/trainings-schemas.js';
import type { caseDetail, caseSummary, counsellor, queueQuery, referralBody, referralCreated } from './routes/cases/cases-schemas.js';
import type { issueBody, verification } from './routes/certificates/certificates-schemas.js';
import type { indicatorView, publishedIndicators } from './routes/indicators/indicators-schemas.js';
import type { progressItem } from './routes/learn-progress/learn-progress-schemas.js';
import type { pledgeBody, pledgeCounts, pledgeCreated } from './routes/pledges/pledges-schemas.js';
import type { province } from './routes/provinces/provinces-schemas.js';
import type { reportBody, reportCreated, reportThread } from './routes/reports/reports-schemas.js';
import type { userRow } from './routes/users/users-schemas.js';

export type { Role } from './db/schema.js';
export type { AgeBand, CaseStatus, ReferralTarget, Reporter, Urgency } from './routes/cases/case-vocabulary.js';
export type { EventKind, SchoolLevel, TrainingFormat, TrainingStatus } from './routes/campaign/campaign-tables.js';
export type { UpsertCounts } from './routes/campaign/upsert-counts.js';

// ——— Accounts ———
export type SessionUser = z.output<typeof sessionUser>;
export type SessionResponse = z.output<typeof sessionResponse>;
export type UserRow = z.output<typeof userRow>;
export type Province = z.output<typeof province>;

// ——— Learn and pledges ———
export type LearnProgressItem = z.output<typeof progressItem>;
export type CertificateRequest = z.input<typeof issueBody>;
export type CertificateVerification = z.output<typeof verification>;
export type PledgeRequest = z.input<typeof pledgeBody>;
export type PledgeResponse = z.output<typeof pledgeCreated>;
export type PledgeCounts = z.output<typeof pledgeCounts>;

// ——— Help: reports, cases, indicators ———
export type ReportRequest = z.input<typeof reportBody>;
export type ReportCreated = z.output<typeof reportCreated>;
export type ReportThread = z.output<typeof reportThread>;
export type Counsellor = z.output<typeof counsellor>;
export type CaseSummary = z.output<typeof caseSummary>;
export type CaseDetail = z.output<typeof caseDetail>;
export type CaseQueueQuery = z.input<typeof queueQuery>;
export type ReferralRequest = z.input<typeof referralBody>;
export type ReferralCreated = z.output<typeof referralCreated>;
export type IndicatorView = z.output<typeof indicatorView>;
export type PublishedIndicators = z.output<typeof publishedIndicators>;

// ——— Campaign ———
export type CampaignTargets = z.output<typeof campaignTargets>;
export type CampaignInput = z.input<typeof campaignBody>;
export type Campaign = z.output<typeof campaign>;
export type CampaignDashboard = z.output<typeof dashboard>;
export type CampaignProvinceRow = z.output<typeof provinceRow>;
export type CampaignWeekPoint = z.output<typeof weekPoint>;
export type PublicCounters = z.output<typeof publicCounters>;
export type DrillSchool = z.output<typeof drillSchool>;
export type CampaignTraining = z.output<typeof training>;
export type TrainingRequest = z.input<typeof trainingRequestBody>;
export type TrainingReport = z.input<typeof trainingReportBody>;
export type CampaignSchool = z.output<typeof school>;
export type CampaignSchoolRow = z.output<typeof schoolRow>;
export type SchoolInput = z.input<typeof schoolBody>;
export type CampaignExpert = z.output<typeof expert>;
export type ExpertInput = z.input<typeof expertBody>;
export type ExpertTopic = z.output<typeof topicCounts>['topics'][number];
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportResult = z.output<typeof importResult>;
export type ImportRecord = z.output<typeof importRecord>;
export type CampaignEvent = z.output<typeof campaignEvent>;
export type EventRequest = z.input<typeof eventBody>;
export type EventStats = z.input<typeof eventStatsBody>;
export type EventCounter = z.output<typeof eventCounter>;
export type PublicEvent = z.output<typeof publicEvent>;
export type EventTicket = z.output<typeof ticket>;
export type CampaignPost = z.output<typeof post>;
export type CampaignInfluencer = z.output<typeof influencer>;
export type InfluencerInput = z.input<typeof influencerBody>;
