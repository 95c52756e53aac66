import type { Generated } from 'kysely';
import type { CertificatesTable } from '../routes/certificates/certificates-tables.js';
import type { LearnProgressTable } from '../routes/learn-progress/learn-progress-tables.js';
import type { PledgesTable } from '../routes/pledges/pledges-tables.js';
import type { AuditLogTable } from '../audit/audit-tables.js';
import type {
  CaseEventsTable,
  CaseMessagesTable,
  CaseSchemesTable,
  CaseScreenshotsTable,
  CasesTable,
  ReportPinFailuresTable,
} from '../routes/cases/cases-tables.js';
import type { IndicatorsTable } from '../routes/indicators/indicators-tables.js';
import type { ReportIdempotencyTable } from '../routes/reports/reports-tables.js';
import type { CampaignTables } from '../routes/campaign/campaign-tables.js';

/**
 * Tables as the application sees them. Timestamps are ISO-8601 UTC strings and booleans
 * are 0/1 integers, so one set of queries reads the same on SQLite and PostgreSQL.
 * Each feature declares its own tables beside its routes; this is where they meet.
 */
export interface Database {
  provinces: ProvincesTable;
  users: UsersTable;
  sessions: SessionsTable;
  learn_progress: LearnProgressTable;
  certificates: CertificatesTable;
  pledges: PledgesTable;
  cases: CasesTable;
  case_schemes: CaseSchemesTable;
  case_messages: CaseMessagesTable;
  case_screenshots: CaseScreenshotsTable;
  case_events: CaseEventsTable;
  report_pin_failures: ReportPinFailuresTable;
  report_idempotency: ReportIdempotencyTable;
  audit_log: AuditLogTable;
  indicators: IndicatorsTable;
  campaigns: CampaignTables['campaigns'];
  schools: CampaignTables['schools'];
  expert_profiles: CampaignTables['expert_profiles'];
  trainings: CampaignTables['trainings'];
  training_experts: CampaignTables['training_experts'];
  campaign_events: CampaignTables['campaign_events'];
  event_tickets: CampaignTables['event_tickets'];
  influencers: CampaignTables['influencers'];
  social_posts: CampaignTables['social_posts'];
  social_post_hashtags: CampaignTables['social_post_hashtags'];
  campaign_imports: CampaignTables['campaign_imports'];
}

export interface ProvincesTable {
  id: string;
  name: string;
  name_ascii: string;
  kind: 'city' | 'province';
  /** JSON array of the former (pre-2025) unit names merged into this one. */
  former_names: string;
}

export const ROLES = ['student', 'parent', 'teacher', 'expert', 'organizer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  /** Scope of organisers and experts; null means national. */
  province_id: string | null;
  failed_logins: Generated<number>;
  locked_until: string | null;
  created_at: string;
}

export interface SessionsTable {
  sid: string;
  data: string;
  expires_at: string;
}
