/**
 * Shapes of the server's JSON, derived from its zod route schemas through the type-only
 * `@kmm/server/api-contract` entry, so the two cannot drift (`import type` only: no server
 * code reaches the bundle). Below them, a few parts of those shapes named for the web code,
 * then the types that exist only on the web side.
 */
import type {
  CampaignDashboard,
  CaseDetail,
  CaseQueueQuery,
  CaseSummary,
  ImportResult,
  IndicatorView,
  PublishedIndicators,
  ReportRequest,
} from '@kmm/server/api-contract';

export type {
  AgeBand,
  Campaign,
  CampaignDashboard,
  CampaignEvent,
  CampaignExpert,
  CampaignInfluencer,
  CampaignInput,
  CampaignPost,
  CampaignProvinceRow,
  CampaignSchool,
  CampaignSchoolRow,
  CampaignTargets,
  CampaignTraining,
  CampaignWeekPoint,
  CaseDetail,
  CaseStatus,
  CaseSummary,
  CertificateRequest,
  CertificateVerification,
  Counsellor,
  DrillSchool,
  EventCounter,
  EventKind,
  EventRequest,
  EventStats,
  EventTicket,
  ExpertInput,
  ExpertTopic,
  ImportKind,
  ImportRecord,
  ImportResult,
  IndicatorView,
  InfluencerInput,
  LearnProgressItem,
  PledgeCounts,
  PledgeRequest,
  PledgeResponse,
  Province,
  PublicCounters,
  PublicEvent,
  PublishedIndicators,
  ReferralCreated,
  ReferralRequest,
  ReferralTarget,
  ReportCreated,
  Reporter,
  ReportRequest,
  ReportThread,
  Role,
  SchoolInput,
  SchoolLevel,
  SessionResponse,
  SessionUser,
  TrainingFormat,
  TrainingReport,
  TrainingRequest,
  TrainingStatus,
  UpsertCounts,
  Urgency,
  UserRow,
} from '@kmm/server/api-contract';

export type RiskLevelId = NonNullable<CaseSummary['risk']>;
/** Help: a screenshot as sent with a report (PNG or JPEG, ≤ 5 MB before base64). */
export type ReportScreenshot = NonNullable<ReportRequest['screenshots']>[number];
/** Help: one entry of a case's timeline: a message (`text`) or an event (`detail`). */
export type CaseTimelineEntry = CaseDetail['timeline'][number];
export type CaseQueueFilters = Pick<CaseQueueQuery, 'status' | 'scheme' | 'province'>;
export type IndicatorKind = IndicatorView['kind'];
/** A measured value against its target; null where unknown or not applicable (a provincial view). */
export type CampaignKpi = CampaignDashboard['kpis']['pledges'];
export type ImportRowError = ImportResult['rowErrors'][number];

// ——— Web-side ———

/** The error body every failing request answers with (built by the server's error handler). */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

/** Learn: an issued certificate, as a PDF file and its verification code. */
export interface IssuedCertificate {
  code: string;
  pdf: Blob;
}

/** Help: the answer to a conditional `GET /api/indicators`: new data, or "not modified". */
export type IndicatorsFetch = { status: 'modified'; etag: string | null; data: PublishedIndicators } | { status: 'not_modified' };

/** A page of a campaign list (the server's `pageOf(item)`). */
export interface Page<T> {
  items: T[];
  total: number;
}
