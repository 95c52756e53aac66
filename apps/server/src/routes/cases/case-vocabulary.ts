/** Who is writing the report. */
export const REPORTERS = ['child', 'parent', 'teacher', 'other'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** The age of the child the report is about, youngest first. */
export const AGE_BANDS = ['primary', 'lower_secondary', 'upper_secondary', 'university', 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Where a case is in its handling; see {@link STATUS_TRANSITIONS}. */
export const CASE_STATUSES = ['new', 'triaged', 'in_progress', 'referred', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** How fast a counsellor must answer, set at intake. */
export const URGENCIES = ['emergency', 'danger', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Where a counsellor can refer a case. */
export const REFERRAL_TARGETS = ['police_113', 'hotline_111', 'school', 'health', 'platform_takedown'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

