import type { Generated } from 'kysely';

/** School levels, from primary school to university; `khac` is any other kind. */
export const SCHOOL_LEVELS = ['tieu_hoc', 'thcs', 'thpt', 'dai_hoc', 'khac'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** How a training is delivered. */
export const TRAINING_FORMATS = ['tap_huan', 'workshop', 'ngoai_khoa', 'thi_ve_tranh', 'dien_kich', 'hoc_tap_tuong_tac'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

/** A training's life: requested by a school, planned by an organiser, held (or cancelled). */
export const TRAINING_STATUSES = ['requested', 'planned', 'held', 'cancelled'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const EVENT_KINDS = ['ngay_hoi', 'minishow', 'gala', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The hashtags the campaign tracks, lower-cased as stored. */
export const TRACKED_HASHTAGS = ['#khongmotminh', '#01minh', '#conguochanoi'] as const;

/** A campaign is a time window with targets; the dashboard counts what happened inside it. */
export interface CampaignsTable {
  id: string;
  name: string;
  /** YYYY-MM-DD, inclusive. */
  start_date: string;
  /** YYYY-MM-DD, inclusive. */
  end_date: string;
  /** JSON of {@link CampaignTargets} (see campaigns-schemas.ts). */
  targets: string;
  created_at: string;
}

/** A school; `code` (the ministry code or one the organisers assign) is its natural key. */
export interface SchoolsTable {
  id: string;
  code: string;
  name: string;
  level: SchoolLevel;
  province_id: string;
  address: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * A trainer or counsellor. `natural_key` makes re-imports idempotent: `email:<email>` when
 * known, else `name:<folded name>|<province>`. `province_id` is the home province (the
 * first listed); `provinces` is the JSON array of every province the expert works in.
 */
export interface ExpertProfilesTable {
  id: string;
  natural_key: string;
  user_id: string | null;
  name: string;
  email: string | null;
  province_id: string;
  provinces: string;
  /** JSON array of topics. */
  topics: string;
  availability: string | null;
  created_at: string;
  updated_at: string;
}

/** One session at one school; students, teachers and parents are counts, never names. */
export interface TrainingsTable {
  id: string;
  school_id: string;
  format: TrainingFormat;
  start_at: string;
  end_at: string;
  status: TrainingStatus;
  students: Generated<number>;
  teachers: Generated<number>;
  parents: Generated<number>;
  feedback_score: number | null;
  note: string | null;
  requested_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingExpertsTable {
  training_id: string;
  expert_id: string;
}

/** An event; the counters are kept on the row so the live counter is one read. */
export interface CampaignEventsTable {
  id: string;
  name: string;
  kind: EventKind;
  /** YYYY-MM-DD. */
  date: string;
  venue: string | null;
  /** Null for national or online-only events. */
  province_id: string | null;
  online: Generated<number>;
  registrations: Generated<number>;
  check_ins: Generated<number>;
  contestants: Generated<number>;
  online_views: Generated<number>;
  created_at: string;
}

/** A ticket is a random code and nothing about its holder. */
export interface EventTicketsTable {
  code: string;
  event_id: string;
  created_at: string;
  used_at: string | null;
}

export interface InfluencersTable {
  id: string;
  name: string;
  /** JSON array of platform names. */
  platforms: string;
  followers: Generated<number>;
  created_at: string;
}

/** A public post about the campaign; `url` is its natural key. */
export interface SocialPostsTable {
  id: string;
  url: string;
  platform: string;
  author: string;
  /** The hashtags as space-separated lower-case text, for display and export. */
  hashtags: string;
  views: Generated<number>;
  likes: Generated<number>;
  shares: Generated<number>;
  comments: Generated<number>;
  posted_at: string;
  updated_at: string;
}

/** One row per (post, hashtag); `posted_at` is copied so counts in a window need no join. */
export interface SocialPostHashtagsTable {
  post_id: string;
  hashtag: string;
  posted_at: string;
}

/** One import run, updated as it goes so a client can poll its progress. */
export interface CampaignImportsTable {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed';
  user_id: string | null;
  rows_read: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  errors: Generated<number>;
  /** JSON array of the first row errors. */
  error_sample: string;
  started_at: string;
  finished_at: string | null;
}

/** The Campaign pillar's tables, composed into the app's Database in db/schema.ts. */
export interface CampaignTables {
  campaigns: CampaignsTable;
  schools: SchoolsTable;
  expert_profiles: ExpertProfilesTable;
  trainings: TrainingsTable;
  training_experts: TrainingExpertsTable;
  campaign_events: CampaignEventsTable;
  event_tickets: EventTicketsTable;
  influencers: InfluencersTable;
  social_posts: SocialPostsTable;
  social_post_hashtags: SocialPostHashtagsTable;
  campaign_imports: CampaignImportsTable;
}
