import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { SCHOOL_LEVELS, TRAINING_FORMATS, type SchoolLevel, type TrainingFormat } from '../campaign-tables.js';
import type { Campaign } from '../campaigns/campaigns-schemas.js';
import { campaignWindow, weekStart, weeksOf, type CampaignWindow } from './campaign-window.js';
import type { Dashboard, ProvinceRow, WeekPoint } from './dashboard-schemas.js';
import { readDataVersions, reuseWhileUnchanged, type DataVersions } from './data-versions.js';

/*
 * The dashboard is assembled from four parts, each read from its own tables and reused until
 * one of those tables changes (see data-versions.ts): a pledge recomputes only the pledge
 * counts, an import of posts only the social reach.
 */

const n = (value: unknown): number => Number(value ?? 0);

/** Rows keyed by province id (no province → ''). */
const perProvince = <T extends { province_id: string | null }>(rows: T[]): Record<string, T> =>
  Object.fromEntries(rows.map((r) => [r.province_id ?? '', r]));

/** Sums per-day rows into their (Monday) weeks, once per computed part rather than per request. */
function perWeek<K extends string>(rows: ({ day: string } & Record<K, unknown>)[], fields: readonly K[]): Record<string, Record<K, number>> {
  const weeks: Record<string, Record<K, number>> = {};
  for (const row of rows) {
    const week = (weeks[weekStart(row.day)] ??= Object.fromEntries(fields.map((f) => [f, 0])) as Record<K, number>);
    for (const f of fields) week[f] += n(row[f]);
  }
  return weeks;
}

/** Held trainings in the window, joined to their schools, optionally in one province. */
function heldTrainings(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  return db
    .selectFrom('trainings as t')
    .innerJoin('schools as s', 's.id', 't.school_id')
    .where('t.status', '=', 'held')
    .where('t.start_at', '>=', window.from)
    .where('t.start_at', '<', window.until)
    .$if(provinceId !== null, (q) => q.where('s.province_id', '=', provinceId!));
}

interface Reach {
  schools: Set<string>;
  trainings: number;
  students: number;
  teachers: number;
  parents: number;
}

const emptyReach = (): Reach => ({ schools: new Set(), trainings: 0, students: 0, teachers: 0, parents: 0 });

interface HeldRow {
  id: string;
  school_id: string;
  province_id: string;
  level: string;
  format: string;
  start_at: string;
  students: number;
  teachers: number;
  parents: number;
  expert_id: string | null;
}

/** Folds held trainings, one row per (training, expert), into totals, per province, day, format and level. */
function foldHeld(held: HeldRow[]) {
  const total = emptyReach();
  const reach = new Map<string, Reach>();
  const byDay = new Map<string, { day: string; count: number; participants: number }>();
  const byFormat = new Map<string, { trainings: number; participants: number }>();
  const byLevel = new Map<string, { trainings: number; students: number }>();
  const counted = new Set<string>();
  const experts = new Set<string>();
  const expertsPerProvince = new Map<string, Set<string>>();
  for (const t of held) {
    if (t.expert_id !== null) {
      experts.add(t.expert_id);
      let inProvince = expertsPerProvince.get(t.province_id);
      if (!inProvince) expertsPerProvince.set(t.province_id, (inProvince = new Set()));
      inProvince.add(t.expert_id);
    }
    if (counted.has(t.id)) continue;
    counted.add(t.id);
    const [students, teachers, parents] = [n(t.students), n(t.teachers), n(t.parents)];
    const participants = students + teachers + parents;
    let province = reach.get(t.province_id);
    if (!province) reach.set(t.province_id, (province = emptyReach()));
    for (const r of [total, province]) {
      r.schools.add(t.school_id);
      r.trainings += 1;
      r.students += students;
      r.teachers += teachers;
      r.parents += parents;
    }
    const dayKey = t.start_at.slice(0, 10);
    let day = byDay.get(dayKey);
    if (!day) byDay.set(dayKey, (day = { day: dayKey, count: 0, participants: 0 }));
    day.count += 1;
    day.participants += participants;
    const format = byFormat.get(t.format) ?? { trainings: 0, participants: 0 };
    byFormat.set(t.format, { trainings: format.trainings + 1, participants: format.participants + participants });
    const level = byLevel.get(t.level) ?? { trainings: 0, students: 0 };
    byLevel.set(t.level, { trainings: level.trainings + 1, students: level.students + students });
  }
  return { total, reach, byDay, byFormat, byLevel, experts, expertsPerProvince };
}

/**
 * Reach through trainings, their experts, schools and provinces. The held trainings (a few
 * thousand), each with its experts, are read in one pass and folded here, rather than joined to
 * their schools again by seven grouped queries.
 */
async function trainingsPart(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const [held, provinces, schools] = await Promise.all([
    // One row per (training, expert), or one with no expert.
    heldTrainings(db, window, provinceId)
      .leftJoin('training_experts as te', 'te.training_id', 't.id')
      .select(['t.id', 't.school_id', 's.province_id', 's.level', 't.format', 't.start_at', 't.students', 't.teachers', 't.parents', 'te.expert_id'])
      .execute(),
    db
      .selectFrom('provinces')
      .select(['id', 'name'])
      .$if(provinceId !== null, (q) => q.where('id', '=', provinceId!))
      .orderBy('name')
      .execute(),
    db
      .selectFrom('schools')
      .select(['province_id', (eb) => eb.fn.countAll().as('count')])
      .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
      .groupBy('province_id')
      .execute(),
  ]);

  const { total, reach, byDay, byFormat, byLevel, experts, expertsPerProvince } = foldHeld(held);
  const bySchools = perProvince(schools);
  return {
    schools: total.schools.size,
    provinces: reach.size,
    experts: experts.size,
    students: total.students,
    teachers: total.teachers,
    parents: total.parents,
    weeks: perWeek([...byDay.values()], ['count', 'participants'] as const),
    perProvince: provinces.map((p) => {
      const r = reach.get(p.id);
      return {
        provinceId: p.id,
        name: p.name,
        schools: n(bySchools[p.id]?.count),
        schoolsReached: r?.schools.size ?? 0,
        trainingsHeld: r?.trainings ?? 0,
        students: r?.students ?? 0,
        teachers: r?.teachers ?? 0,
        parents: r?.parents ?? 0,
        experts: expertsPerProvince.get(p.id)?.size ?? 0,
      };
    }),
    byFormat: TRAINING_FORMATS.map((format: TrainingFormat) => ({
      format,
      trainings: byFormat.get(format)?.trainings ?? 0,
      participants: byFormat.get(format)?.participants ?? 0,
    })),
    byLevel: SCHOOL_LEVELS.map((level: SchoolLevel) => ({ level, trainings: byLevel.get(level)?.trainings ?? 0, students: byLevel.get(level)?.students ?? 0 })),
  };
}

/*
 * Pledges and posts are read from their per-day rollups (migration 0007-campaign-rollups, kept
 * exact by triggers): a few thousand rows instead of 120,000 pledges and 200,000 posts. Window
 * bounds are whole days, so `day` in [from, until) selects exactly the rows whose timestamp is.
 * The rollups are bookkeeping, not part of the app's typed schema, hence plain SQL.
 */

/**
 * Pledges taken in the window: per day and province from `pledge_daily(day, province_id)`;
 * per band nationally from `pledge_band_daily(day, band)`, for one province from its pledges
 * (a few thousand, read through the (province_id, created_at, band) index).
 */
async function pledgesPart(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const inWindow = sql`day >= ${window.from} and day < ${window.until}`;
  const inProvince = provinceId === null ? sql`` : sql`and province_id = ${provinceId}`;
  const [days, provinces, bands] = await Promise.all([
    sql<{ day: string; count: number | string }>`
      select day, sum(pledges) as count from pledge_daily where ${inWindow} ${inProvince} group by day`.execute(db),
    sql<{ province_id: string; count: number | string }>`
      select province_id, sum(pledges) as count from pledge_daily where ${inWindow} ${inProvince} group by province_id`.execute(db),
    provinceId === null
      ? sql<{ band: string; count: number | string }>`select band, sum(pledges) as count from pledge_band_daily where ${inWindow} group by band`.execute(db)
      : db
          .selectFrom('pledges')
          .select(['band', (eb) => eb.fn.countAll().as('count')])
          .where('province_id', '=', provinceId)
          .where('created_at', '>=', window.from)
          .where('created_at', '<', window.until)
          .groupBy('band')
          .execute()
          .then((rows) => ({ rows })),
  ]);
  return {
    total: provinces.rows.reduce((sum, p) => sum + n(p.count), 0),
    weeks: perWeek(days.rows, ['count'] as const),
    perProvince: Object.fromEntries(provinces.rows.map((p) => [p.province_id, n(p.count)])),
    byBand: bands.rows
      .map((b) => ({ band: b.band, count: n(b.count) }))
      .filter((b) => b.count > 0)
      .sort((a, b) => (a.band < b.band ? -1 : a.band > b.band ? 1 : 0)),
  };
}

/** Visitors checked in at events in the window, and the events' online views. */
async function eventsPart(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const rows = await db
    .selectFrom('campaign_events')
    .select((eb) => ['province_id', eb.fn.sum('check_ins').as('visitors'), eb.fn.sum('online_views').as('views')])
    .where('date', '>=', window.from)
    .where('date', '<', window.until)
    .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
    .groupBy('province_id')
    .execute();
  return {
    visitors: rows.reduce((sum, r) => sum + n(r.visitors), 0),
    onlineViews: rows.reduce((sum, r) => sum + n(r.views), 0),
    perProvince: Object.fromEntries(rows.map((r) => [r.province_id ?? '', n(r.visitors)])),
  };
}

/**
 * Social reach, national only (posts have no province): posts and views per day from
 * `post_daily`, posts per hashtag from `post_hashtag_daily`, and the influencers.
 */
async function socialPart(db: Kysely<Database>, window: CampaignWindow, hashtags: string[]) {
  const [days, tags, influencers] = await Promise.all([
    sql<{ day: string; count: number | string; views: number | string }>`
      select day, posts as count, views from post_daily where day >= ${window.from} and day < ${window.until}`.execute(db),
    hashtags.length === 0
      ? Promise.resolve({ rows: [] as { hashtag: string; posts: number | string }[] })
      : sql<{ hashtag: string; posts: number | string }>`
          select hashtag, sum(posts) as posts from post_hashtag_daily
          where hashtag in (${sql.join(hashtags)}) and day >= ${window.from} and day < ${window.until}
          group by hashtag`.execute(db),
    db.selectFrom('influencers').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    views: days.rows.reduce((sum, d) => sum + n(d.views), 0),
    weeks: perWeek(days.rows, ['count', 'views'] as const),
    perHashtag: Object.fromEntries(tags.rows.map((t) => [t.hashtag, n(t.posts)])),
    influencers: n(influencers.count),
  };
}

type TrainingsPart = Awaited<ReturnType<typeof trainingsPart>>;
type PledgesPart = Awaited<ReturnType<typeof pledgesPart>>;
type EventsPart = Awaited<ReturnType<typeof eventsPart>>;
type SocialPart = Awaited<ReturnType<typeof socialPart>>;

/** The parts for one scope, each reused while its tables are unchanged. */
function parts(db: Kysely<Database>, versions: DataVersions, window: CampaignWindow, provinceId: string | null) {
  const scope = `${window.from}|${window.until}|${provinceId ?? ''}`;
  return {
    trainings: (): Promise<TrainingsPart> =>
      reuseWhileUnchanged(db, versions, `trainings|${scope}`, ['trainings', 'training_experts', 'schools', 'provinces'], () =>
        trainingsPart(db, window, provinceId),
      ),
    pledges: (): Promise<PledgesPart> => reuseWhileUnchanged(db, versions, `pledges|${scope}`, ['pledges'], () => pledgesPart(db, window, provinceId)),
    events: (): Promise<EventsPart> =>
      reuseWhileUnchanged(db, versions, `events|${scope}`, ['campaign_events'], () => eventsPart(db, window, provinceId)),
    social: (hashtags: string[]): Promise<SocialPart> =>
      reuseWhileUnchanged(db, versions, `social|${scope}|${hashtags.join(' ')}`, ['social_posts', 'social_post_hashtags', 'influencers'], () =>
        socialPart(db, window, hashtags),
      ),
  };
}

function provinceRows(trainings: TrainingsPart, pledges: PledgesPart, events: EventsPart): ProvinceRow[] {
  return trainings.perProvince.map((p) => ({
    ...p,
    pledges: pledges.perProvince[p.provinceId] ?? 0,
    eventVisitors: events.perProvince[p.provinceId] ?? 0,
  }));
}

/** One row per province in scope: the data behind the choropleth map, the table and its CSV. */
export async function provinceTable(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null): Promise<ProvinceRow[]> {
  const part = parts(db, await readDataVersions(db), window, provinceId);
  const [trainings, pledges, events] = await Promise.all([part.trainings(), part.pledges(), part.events()]);
  return provinceRows(trainings, pledges, events);
}

/** Per-week trainings held, participants, pledges and (nationally) posts and views. */
function weekly(window: CampaignWindow, trainings: TrainingsPart, pledges: PledgesPart, social: SocialPart | null): WeekPoint[] {
  return weeksOf(window).map((week) => ({
    week,
    trainingsHeld: trainings.weeks[week]?.count ?? 0,
    participants: trainings.weeks[week]?.participants ?? 0,
    pledges: pledges.weeks[week]?.count ?? 0,
    posts: social ? (social.weeks[week]?.count ?? 0) : null,
    views: social ? (social.weeks[week]?.views ?? 0) : null,
  }));
}

/** Note shown when social figures are left out of a provincial view. */
export const NATIONAL_ONLY_NOTE = 'Lượt xem, người ảnh hưởng và bài đăng theo hashtag là số liệu toàn quốc, không chia theo tỉnh.';

/**
 * The campaign dashboard: KPIs against targets, weekly series, the province table and
 * breakdowns. With `provinceId`, everything is limited to that province, social reach (which
 * has no province) is left out and national targets are not shown. Always as fresh as the
 * database: a part is reused only while none of its tables has changed.
 */
export async function campaignDashboard(db: Kysely<Database>, campaign: Campaign, provinceId: string | null): Promise<Dashboard> {
  const window = campaignWindow(campaign.startDate, campaign.endDate);
  const national = provinceId === null;
  const targets = campaign.targets;
  const hashtags = Object.keys(targets.postsPerHashtag);
  const part = parts(db, await readDataVersions(db), window, provinceId);
  const [trainings, pledges, events, social] = await Promise.all([
    part.trainings(),
    part.pledges(),
    part.events(),
    national ? part.social(hashtags) : Promise.resolve(null),
  ]);
  const target = (value: number) => (national ? value : null);
  return {
    campaign: { id: campaign.id, name: campaign.name, startDate: campaign.startDate, endDate: campaign.endDate },
    provinceId,
    kpis: {
      schoolsReached: { value: trainings.schools, target: target(targets.schools) },
      provincesReached: { value: trainings.provinces, target: target(targets.provinces) },
      activeExperts: { value: trainings.experts, target: target(targets.experts) },
      participants: {
        students: { value: trainings.students, target: target(targets.participants.students) },
        teachers: { value: trainings.teachers, target: target(targets.participants.teachers) },
        parents: { value: trainings.parents, target: target(targets.participants.parents) },
      },
      pledges: { value: pledges.total, target: target(targets.pledges) },
      eventVisitors: { value: events.visitors, target: target(targets.eventVisitors) },
      views: { value: social === null ? null : social.views + events.onlineViews, target: target(targets.views) },
      influencers: { value: social === null ? null : social.influencers, target: target(targets.influencers) },
      postsPerHashtag: hashtags.map((hashtag) => ({
        hashtag,
        value: social === null ? null : (social.perHashtag[hashtag] ?? 0),
        target: target(targets.postsPerHashtag[hashtag] ?? 0),
      })),
    },
    weekly: weekly(window, trainings, pledges, social),
    provinces: provinceRows(trainings, pledges, events),
    byFormat: trainings.byFormat.map((f) => ({ ...f })),
    byLevel: trainings.byLevel.map((l) => ({ ...l })),
    pledgesByBand: pledges.byBand.map((b) => ({ ...b })),
    notes: national ? [] : [NATIONAL_ONLY_NOTE],
  };
}
