import type { CampaignInput, CampaignTargets, SessionUser } from '../../api/api-types.js';
import { formatNumber } from './campaign-format.js';

/** The count targets, by the path the API names them with under `targets.` (so its field errors land on them). */
export const COUNT_FIELDS = [
  'schools',
  'provinces',
  'experts',
  'participants.students',
  'participants.teachers',
  'participants.parents',
  'pledges',
  'eventVisitors',
  'views',
  'influencers',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** One "posts per hashtag" row as typed; `key` tells rows apart while they are added and removed. */
export interface HashtagRow {
  key: number;
  tag: string;
  target: string;
}

/** The campaign form as the organiser types it: every number is text until it is checked. */
export interface CampaignForm {
  name: string;
  startDate: string;
  endDate: string;
  counts: Record<CountField, string>;
  hashtags: HashtagRow[];
}

/** Why a field was refused: a key of `campaigns.errors` in the locales. */
export type FieldProblem = 'nameRequired' | 'date' | 'endBeforeStart' | 'count' | 'hashtag' | 'hashtagTwice';

/**
 * Problems by field id: `name`, `startDate`, `endDate`, `targets.<count field>`,
 * `hashtags.<row key>.tag`, `hashtags.<row key>.target`.
 */
export type FormProblems = Record<string, FieldProblem>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Digits, optionally grouped by thousands with dots or spaces as Vietnamese writes them (100.000, 1 000 000).
const GROUPED = /^\d{1,3}(?:[. ]\d{3})+$/;

/** "100.000", "100 000" or "100000" → 100000; null for anything else (negative, decimal, words). */
export function parseCount(text: string): number | null {
  const trimmed = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (!/^\d+$/.test(trimmed) && !GROUPED.test(trimmed)) return null;
  const value = Number(trimmed.replace(/[. ]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** `#ConguocHaNoi` → `#conguochanoi`, the key the server counts posts by (same rule as the server). */
export function normalizeHashtag(tag: string): string {
  const bare = tag.normalize('NFC').trim().replace(/^#+/, '').toLowerCase();
  return bare ? `#${bare}` : '';
}

const VALID_HASHTAG = /^#[\p{L}\p{N}_]+$/u;

function countAt(targets: CampaignTargets, field: CountField): number {
  const [group, role] = field.split('.') as [keyof CampaignTargets, keyof CampaignTargets['participants'] | undefined];
  return role ? targets.participants[role] : (targets[group] as number);
}

/** A form showing a campaign (or, for a new one, these targets), numbers written the Vietnamese way. */
export function campaignForm(source: { targets: CampaignTargets } & Partial<CampaignInput>): CampaignForm {
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, formatNumber(countAt(source.targets, f))])) as Record<CountField, string>;
  return {
    name: source.name ?? '',
    startDate: source.startDate ?? '',
    endDate: source.endDate ?? '',
    counts,
    hashtags: Object.entries(source.targets.postsPerHashtag).map(([tag, target], i) => ({ key: i + 1, tag, target: formatNumber(target) })),
  };
}

/** Checks the form; the request body (always with every target) when everything is valid, otherwise the problems by field. */
export function validateCampaignForm(form: CampaignForm): { input: CampaignInput & { targets: CampaignTargets }; problems: null } | { input: null; problems: FormProblems } {
  const problems: FormProblems = {};
  const name = form.name.trim();
  if (!name) problems.name = 'nameRequired';
  if (!ISO_DATE.test(form.startDate)) problems.startDate = 'date';
  if (!ISO_DATE.test(form.endDate)) problems.endDate = 'date';
  else if (ISO_DATE.test(form.startDate) && form.endDate < form.startDate) problems.endDate = 'endBeforeStart';

  const counts = {} as Record<CountField, number>;
  for (const field of COUNT_FIELDS) {
    const value = parseCount(form.counts[field]);
    if (value === null) problems[`targets.${field}`] = 'count';
    else counts[field] = value;
  }

  const postsPerHashtag: Record<string, number> = {};
  // A row left wholly empty is one the organiser added and did not need: it is dropped, not refused.
  for (const row of form.hashtags.filter((r) => r.tag.trim() || r.target.trim())) {
    const tag = normalizeHashtag(row.tag);
    if (!VALID_HASHTAG.test(tag)) problems[`hashtags.${row.key}.tag`] = 'hashtag';
    else if (tag in postsPerHashtag) problems[`hashtags.${row.key}.tag`] = 'hashtagTwice';
    const target = parseCount(row.target);
    if (target === null) problems[`hashtags.${row.key}.target`] = 'count';
    if (VALID_HASHTAG.test(tag)) postsPerHashtag[tag] = target ?? 0;
  }

  if (Object.keys(problems).length > 0) return { input: null, problems };
  return {
    problems: null,
    input: {
      name,
      startDate: form.startDate,
      endDate: form.endDate,
      targets: {
        schools: counts.schools,
        provinces: counts.provinces,
        experts: counts.experts,
        participants: { students: counts['participants.students'], teachers: counts['participants.teachers'], parents: counts['participants.parents'] },
        pledges: counts.pledges,
        eventVisitors: counts.eventVisitors,
        views: counts.views,
        influencers: counts.influencers,
        postsPerHashtag,
      },
    },
  };
}

/**
 * The form field an API field error belongs to (`targets.schools` stays itself;
 * `targets.postsPerHashtag.#01MINH` → the row holding that hashtag), or null when none matches.
 */
export function formFieldOf(apiField: string, form: CampaignForm): string | null {
  const hashtag = /^targets\.postsPerHashtag\.(.+)$/.exec(apiField)?.[1];
  if (hashtag !== undefined) {
    const row = form.hashtags.find((r) => r.tag === hashtag || normalizeHashtag(r.tag) === normalizeHashtag(hashtag));
    return row ? `hashtags.${row.key}.tag` : null;
  }
  if (['name', 'startDate', 'endDate'].includes(apiField)) return apiField;
  return COUNT_FIELDS.some((f) => apiField === `targets.${f}`) ? apiField : null;
}

/** Where a campaign stands on `today` (all dates `yyyy-mm-dd`, both ends included). */
export function campaignStatus(campaign: { startDate: string; endDate: string }, today: string): 'upcoming' | 'running' | 'ended' {
  if (today < campaign.startDate) return 'upcoming';
  return today > campaign.endDate ? 'ended' : 'running';
}

/** The last day of a year-long campaign starting on `start` (2026-09-05 → 2027-09-04). */
export function oneYearFrom(start: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * Whether this user may create and edit campaigns: admins and national organisers; the
 * server refuses provincial organisers with 403.
 */
export function canEditCampaigns(user: Pick<SessionUser, 'role' | 'provinceId'>): boolean {
  return user.role === 'admin' || (user.role === 'organizer' && user.provinceId === null);
}
