/** Shapes of the server's JSON, as declared by its zod route schemas (see /api/docs). */

export type Role = 'student' | 'parent' | 'teacher' | 'expert' | 'organizer' | 'admin';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  provinceId: string | null;
}

export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  provinceId: string | null;
  locked: boolean;
  createdAt: string;
}

export interface Province {
  id: string;
  name: string;
  nameAscii: string;
  kind: 'city' | 'province';
  formerNames: string[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

/** Learn: one completed item of a learner's progress (`/api/learn/progress`). */
export interface LearnProgressItem {
  kind: 'scenario' | 'quiz' | 'lesson';
  id: string;
  outcome?: 'safe' | 'unsafe';
  score?: number;
  total?: number;
  completedAt: string;
}

/** Learn: what a certificate is issued for (`POST /api/certificates`). */
export interface CertificateRequest {
  /** The name exactly as it should be printed. */
  name: string;
  band: string;
  /** Ids of the scenarios and quizzes completed. */
  completed: string[];
}

/** Learn: an issued certificate, as a PDF file and its verification code. */
export interface IssuedCertificate {
  code: string;
  pdf: Blob;
}

/** Learn: the public verification of a certificate (`GET /api/certificates/:code`). */
export interface CertificateVerification {
  valid: true;
  name: string;
  band: string;
  /** The track's printed name, e.g. "Lộ trình Tiểu học". */
  track?: string;
  issuedAt: string;
}

/** Pledge: what a device submits once (`POST /api/pledges`). */
export interface PledgeRequest {
  firstName?: string;
  school?: string;
  provinceId: string;
  band: string;
  /** A random id kept on the device, so a device pledges once. */
  deviceId: string;
}

/** Pledge: the answer to a new pledge. */
export interface PledgeResponse {
  total: number;
  province: { id: string; count: number };
}

/** Pledge: the public counter. */
export interface PledgeCounts {
  total: number;
  byProvince: { provinceId: string; count: number }[];
}

/** Help: who writes a report, and the age of the child it is about (youngest first). */
export type Reporter = 'child' | 'parent' | 'teacher' | 'other';
export type AgeBand = 'primary' | 'lower_secondary' | 'upper_secondary' | 'university' | 'adult';
export type RiskLevelId = 'safe' | 'caution' | 'danger' | 'emergency';

/** Help: a screenshot as sent with a report (PNG or JPEG, ≤ 5 MB before base64). */
export interface ReportScreenshot {
  mime: 'image/png' | 'image/jpeg';
  dataBase64: string;
}

/** Help: an anonymous report (`POST /api/reports`, no cookie or CSRF needed). */
export interface ReportRequest {
  narrative: string;
  reporter?: Reporter;
  ageBand?: AgeBand;
  provinceId?: string;
  /** Scheme ids, or `['unknown']`. */
  schemes?: string[];
  conversation?: string;
  links?: string[];
  phones?: string[];
  /** What the browser's detector found in the narrative and conversation. */
  detector?: { risk: RiskLevelId; schemes: { id: string; score: number }[] };
  nickname?: string;
  contact?: string;
  contactConsent?: boolean;
  emergency?: boolean;
  pdqHashes?: string[];
  screenshots?: ReportScreenshot[];
}

/** Help: the case code and PIN, shown to the reporter once. */
export interface ReportCreated {
  code: string;
  pin: string;
}

/** Help: a counsellor a case can be handed to (`GET /api/cases/counsellors`). */
export interface Counsellor {
  id: string;
  displayName: string;
  provinceId: string | null;
}

/** Help: the reporter's view of their case (`GET /api/reports/:code` with `x-report-pin`). */
export interface ReportThread {
  status: string;
  messages: { from: 'reporter' | 'counsellor'; text: string; at: string }[];
}

export type CaseStatus = 'new' | 'triaged' | 'in_progress' | 'referred' | 'closed';
export type Urgency = 'emergency' | 'danger' | 'normal';
export type ReferralTarget = 'police_113' | 'hotline_111' | 'school' | 'health' | 'platform_takedown';

/** Help: a case in the counsellor's queue (`GET /api/cases`). */
export interface CaseSummary {
  id: string;
  code: string;
  status: CaseStatus;
  urgency: Urgency;
  risk: RiskLevelId | null;
  ageBand: AgeBand | null;
  reporter: Reporter | null;
  provinceId: string | null;
  schemes: string[];
  emergency: boolean;
  assignedTo: string | null;
  createdAt: string;
  dueAt: string;
  firstResponseAt: string | null;
  breached: boolean;
}

/** Help: one entry of a case's timeline: a message (`text`) or an event (`detail`). */
export interface CaseTimelineEntry {
  id: string;
  at: string;
  kind: string;
  userId: string | null;
  text?: string | null;
  detail?: Record<string, unknown>;
}

/** Help: a case as a counsellor reads it (`GET /api/cases/:id`, audited). */
export interface CaseDetail extends CaseSummary {
  nickname: string | null;
  contact: string | null;
  contactConsent: boolean;
  referralConsent: boolean;
  narrative: string | null;
  conversation: string | null;
  links: string[];
  phones: string[];
  pdqHashes: string[];
  detector: { risk: string; schemes: { id: string; score: number }[] } | null;
  screenshots: { id: string; mime: string; bytes: number }[];
  closedAt: string | null;
  purgedAt: string | null;
  timeline: CaseTimelineEntry[];
}

export interface CaseQueueFilters {
  status?: CaseStatus;
  scheme?: string;
  province?: string;
}

export interface ReferralRequest {
  to: ReferralTarget;
  consent: boolean;
  emergencyOverride?: { reason: string };
}

export interface ReferralCreated {
  to: ReferralTarget;
  basis: 'consent' | 'emergency_override';
  at: string;
}

export type IndicatorKind = 'phone' | 'domain' | 'phrase' | 'pdq';

/** Help: an indicator proposed from a case, waiting for a second counsellor. */
export interface IndicatorView {
  id: string;
  kind: IndicatorKind;
  value: string;
  scheme: string;
  status: 'proposed' | 'confirmed' | 'rejected';
  proposedBy: string;
  proposedAt: string;
}

/** Help: the confirmed indicators (`GET /api/indicators`), the detector's IndicatorSet plus `pdq` and `version`. */
export interface PublishedIndicators {
  version: string;
  phones: { value: string; scheme: string }[];
  domains: { value: string; scheme: string }[];
  phrases: { value: string; scheme: string }[];
  pdq: { value: string; scheme: string }[];
}

/** Help: the answer to a conditional `GET /api/indicators`: new data, or "not modified". */
export type IndicatorsFetch = { status: 'modified'; etag: string | null; data: PublishedIndicators } | { status: 'not_modified' };

// ——— Campaign (Chiến dịch) ———

/** A measured value against its target; null where unknown or not applicable (a provincial view). */
export interface CampaignKpi {
  value: number | null;
  target: number | null;
}

export type TrainingFormat = 'tap_huan' | 'workshop' | 'ngoai_khoa' | 'thi_ve_tranh' | 'dien_kich' | 'hoc_tap_tuong_tac';
export type SchoolLevel = 'tieu_hoc' | 'thcs' | 'thpt' | 'dai_hoc' | 'khac';
export type TrainingStatus = 'requested' | 'planned' | 'held' | 'cancelled';

export interface CampaignProvinceRow {
  provinceId: string;
  name: string;
  schools: number;
  schoolsReached: number;
  trainingsHeld: number;
  students: number;
  teachers: number;
  parents: number;
  experts: number;
  pledges: number;
  eventVisitors: number;
}

export interface CampaignWeekPoint {
  week: string;
  trainingsHeld: number;
  participants: number;
  pledges: number;
  posts: number | null;
  views: number | null;
}

/** What a campaign aims for, one target per KPI of the dashboard. */
export interface CampaignTargets {
  schools: number;
  provinces: number;
  experts: number;
  participants: { students: number; teachers: number; parents: number };
  pledges: number;
  eventVisitors: number;
  views: number;
  influencers: number;
  /** Posts per hashtag, keyed by the lower-case hashtag with its `#`. */
  postsPerHashtag: Record<string, number>;
}

/** What organisers send to create or edit a campaign (dates `yyyy-mm-dd`). */
export interface CampaignInput {
  name: string;
  startDate: string;
  endDate: string;
  targets: CampaignTargets;
}

export interface Campaign extends CampaignInput {
  id: string;
}

export interface CampaignDashboard {
  campaign: { id: string; name: string; startDate: string; endDate: string };
  provinceId: string | null;
  kpis: {
    schoolsReached: CampaignKpi;
    provincesReached: CampaignKpi;
    activeExperts: CampaignKpi;
    participants: { students: CampaignKpi; teachers: CampaignKpi; parents: CampaignKpi };
    pledges: CampaignKpi;
    eventVisitors: CampaignKpi;
    views: CampaignKpi;
    influencers: CampaignKpi;
    postsPerHashtag: { hashtag: string; value: number | null; target: number | null }[];
  };
  weekly: CampaignWeekPoint[];
  provinces: CampaignProvinceRow[];
  byFormat: { format: TrainingFormat; trainings: number; participants: number }[];
  byLevel: { level: SchoolLevel; trainings: number; students: number }[];
  pledgesByBand: { band: string; count: number }[];
  notes: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface DrillSchool {
  id: string;
  code: string;
  name: string;
  level: SchoolLevel;
  trainingsHeld: number;
  participants: number;
  lastTrainingAt: string | null;
}

export interface CampaignTraining {
  id: string;
  schoolId: string;
  schoolName: string;
  provinceId: string;
  format: TrainingFormat;
  startAt: string;
  endAt: string;
  status: TrainingStatus;
  students: number;
  teachers: number;
  parents: number;
  feedbackScore: number | null;
  note: string | null;
  expertIds: string[];
}

export interface CampaignSchool {
  id: string;
  code: string;
  name: string;
  level: SchoolLevel;
  provinceId: string;
  address: string | null;
}

export interface CampaignExpert {
  id: string;
  name: string;
  email: string | null;
  provinces: string[];
  topics: string[];
  availability: string | null;
  userId: string | null;
}

export type ImportKind = 'schools' | 'experts' | 'posts';

export interface ImportRowError {
  line: number;
  column: string;
  message: string;
}

export interface ImportResult {
  id: string | null;
  kind: ImportKind;
  mode: 'preview' | 'commit';
  rowsRead: number;
  inserted: number;
  updated: number;
  errors: number;
  rowErrors: ImportRowError[];
  preview: { line: number; value: unknown }[];
}

export interface ImportRecord {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed';
  rowsRead: number;
  inserted: number;
  updated: number;
  errors: number;
  rowErrors: ImportRowError[];
  startedAt: string;
  finishedAt: string | null;
}

export interface TrainingRequest {
  schoolId: string;
  format: TrainingFormat;
  note?: string | null;
  startAt: string;
  endAt: string;
}

export interface TrainingReport {
  students: number;
  teachers: number;
  parents: number;
  feedbackScore: number;
}

export interface EventCounter {
  registrations: number;
  checkIns: number;
}

export type EventKind = 'ngay_hoi' | 'minishow' | 'gala' | 'other';

/** Campaign: an event as organisers see it (`/api/campaign/events`). */
export interface CampaignEvent extends EventCounter {
  id: string;
  name: string;
  kind: EventKind;
  /** `yyyy-mm-dd`. */
  date: string;
  venue: string | null;
  provinceId: string | null;
  online: boolean;
  contestants: number;
  onlineViews: number;
}

export interface EventRequest {
  name: string;
  kind: EventKind;
  date: string;
  venue?: string | null;
  provinceId?: string | null;
  online: boolean;
}

/** Contestants and online views are set; walk-ins are added to the check-ins. */
export interface EventStats {
  contestants?: number;
  onlineViews?: number;
  walkIns?: number;
}

/** Campaign: what the public registration page shows (`GET /api/campaign/events/:id/public`). */
export type PublicEvent = Pick<CampaignEvent, 'id' | 'name' | 'kind' | 'date' | 'venue' | 'online'>;

/** Campaign: the public headline counters; null where the count is under 5 (withheld). */
export interface PublicCounters {
  campaign: { name: string; startDate: string; endDate: string } | null;
  schoolsReached: number | null;
  provincesReached: number | null;
  participants: number | null;
  pledges: number | null;
  eventVisitors: number | null;
  views: number | null;
  note: string | null;
}

/** Campaign: a ticket, a random code and its QR image (SVG data URL); nothing about the holder. */
export interface EventTicket {
  code: string;
  eventId: string;
  qr: string;
}

/** A school in the organisers' list, with the trainings it has held. */
export interface CampaignSchoolRow extends CampaignSchool {
  trainingsHeld: number;
}

/** `POST /api/campaign/schools`: adds a school, or updates the one with this code. */
export interface SchoolInput {
  code: string;
  name: string;
  level: SchoolLevel;
  provinceId: string;
  address?: string | null;
}

/** `POST /api/campaign/experts`: the first province is the expert's home province. */
export interface ExpertInput {
  name: string;
  email?: string | null;
  provinces: string[];
  topics: string[];
  availability?: string | null;
}

export interface ExpertTopic {
  topic: string;
  experts: number;
}

/** The answer to an upsert: how many rows were added and how many updated. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
}

export interface CampaignInfluencer {
  id: string;
  name: string;
  platforms: string[];
  followers: number;
}

export interface InfluencerInput {
  name: string;
  platforms: string[];
  followers: number;
}

export interface CampaignPost {
  id: string;
  url: string;
  platform: string;
  author: string;
  hashtags: string[];
  views: number;
  likes: number;
  shares: number;
  comments: number;
  postedAt: string;
}
