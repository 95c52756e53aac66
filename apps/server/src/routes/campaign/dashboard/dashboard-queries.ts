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

/**
 * The day (first 10 characters of an ISO timestamp) of a column: grouping by it reads the
 * same on both engines; days are folded into weeks in JS, at most a few hundred rows.
 */
const day = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 10)`;

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

/** Reach through trainings, their experts, schools and provinces. */
async function trainingsPart(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const [totals, experts, days, provinces, schools, reach, expertsPerProvince, formats, levels] = await Promise.all([
    heldTrainings(db, window, provinceId)
      .select((eb) => [
        eb.fn.count('t.school_id').distinct().as('schools'),
        eb.fn.count('s.province_id').distinct().as('provinces'),
        eb.fn.sum('t.students').as('students'),
        eb.fn.sum('t.teachers').as('teachers'),
        eb.fn.sum('t.parents').as('parents'),
      ])
      .executeTakeFirstOrThrow(),
    heldTrainings(db, window, provinceId)
      .innerJoin('training_experts as te', 'te.training_id', 't.id')
      .select((eb) => eb.fn.count('te.expert_id').distinct().as('experts'))
      .executeTakeFirstOrThrow(),
    heldTrainings(db, window, provinceId)
      .select((eb) => [
        day('t.start_at').as('day'),
        eb.fn.countAll().as('count'),
        eb.fn.sum(eb(eb(eb.ref('t.students'), '+', eb.ref('t.teachers')), '+', eb.ref('t.parents'))).as('participants'),
      ])
      .groupBy('day')
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
    heldTrainings(db, window, provinceId)
      .select((eb) => [
        's.province_id',
        eb.fn.count('t.school_id').distinct().as('schools'),
        eb.fn.countAll().as('trainings'),
        eb.fn.sum('t.students').as('students'),
        eb.fn.sum('t.teachers').as('teachers'),
        eb.fn.sum('t.parents').as('parents'),
      ])
      .groupBy('s.province_id')
      .execute(),
    heldTrainings(db, window, provinceId)
      .innerJoin('training_experts as te', 'te.training_id', 't.id')
      .select((eb) => ['s.province_id', eb.fn.count('te.expert_id').distinct().as('experts')])
      .groupBy('s.province_id')
      .execute(),
    heldTrainings(db, window, provinceId)
      .select((eb) => [
        't.format',
        eb.fn.countAll().as('trainings'),
        eb.fn.sum(eb(eb(eb.ref('t.students'), '+', eb.ref('t.teachers')), '+', eb.ref('t.parents'))).as('participants'),
      ])
      .groupBy('t.format')
      .execute(),
    heldTrainings(db, window, provinceId)
      .select((eb) => ['s.level', eb.fn.countAll().as('trainings'), eb.fn.sum('t.students').as('students')])
      .groupBy('s.level')
      .execute(),
  ]);
  const [bySchools, byReach, byExperts] = [perProvince(schools), perProvince(reach), perProvince(expertsPerProvince)];
  const byFormat = new Map(formats.map((f) => [f.format, f]));
  const byLevel = new Map(levels.map((l) => [l.level, l]));
  return {
    schools: n(totals.schools),
    provinces: n(totals.provinces),
    experts: n(experts.experts),
    students: n(totals.students),
    teachers: n(totals.teachers),
    parents: n(totals.parents),
    weeks: perWeek(days, ['count', 'participants'] as const),
    perProvince: provinces.map((p) => {
      const r = byReach[p.id];
      return {
        provinceId: p.id,
        name: p.name,
        schools: n(bySchools[p.id]?.count),
        schoolsReached: n(r?.schools),
        trainingsHeld: n(r?.trainings),
        students: n(r?.students),
        teachers: n(r?.teachers),
        parents: n(r?.parents),
        experts: n(byExperts[p.id]?.experts),
      };
    }),
    byFormat: TRAINING_FORMATS.map((format: TrainingFormat) => ({
      format,
      trainings: n(byFormat.get(format)?.trainings),
      participants: n(byFormat.get(format)?.participants),
    })),
    byLevel: SCHOOL_LEVELS.map((level: SchoolLevel) => ({ level, trainings: n(byLevel.get(level)?.trainings), students: n(byLevel.get(level)?.students) })),
  };
}

/** Pledges taken in the window: two passes over the (created_at, province, band) index instead of four. */
async function pledgesPart(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const inWindow = () =>
    db
      .selectFrom('pledges')
      .where('created_at', '>=', window.from)
      .where('created_at', '<', window.until)
      .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!));
  const [days, groups] = await Promise.all([
    inWindow()
      .select((eb) => [day('created_at').as('day'), eb.fn.countAll().as('count')])
      .groupBy('day')
      .execute(),
    inWindow()
      .select(['province_id', 'band', (eb) => eb.fn.countAll().as('count')])
      .groupBy(['province_id', 'band'])
      .execute(),
  ]);
  const provinces: Record<string, number> = {};
  const bands = new Map<string, number>();
  for (const g of groups) {
    provinces[g.province_id ?? ''] = (provinces[g.province_id ?? ''] ?? 0) + n(g.count);
    bands.set(g.band, (bands.get(g.band) ?? 0) + n(g.count));
  }
  return {
    total: groups.reduce((sum, g) => sum + n(g.count), 0),
    weeks: perWeek(days, ['count'] as const),
    perProvince: provinces,
    byBand: [...bands].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([band, count]) => ({ band, count })),
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

/** Social reach, national only (posts have no province): posts and views per day, posts per hashtag, influencers. */
async function socialPart(db: Kysely<Database>, window: CampaignWindow, hashtags: string[]) {
  const [days, tags, influencers] = await Promise.all([
    db
      .selectFrom('social_posts')
      .select((eb) => [day('posted_at').as('day'), eb.fn.countAll().as('count'), eb.fn.sum('views').as('views')])
      .where('posted_at', '>=', window.from)
      .where('posted_at', '<', window.until)
      .groupBy('day')
      .execute(),
    hashtags.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('social_post_hashtags')
          .select(['hashtag', (eb) => eb.fn.countAll().as('posts')])
          .where('hashtag', 'in', hashtags)
          .where('posted_at', '>=', window.from)
          .where('posted_at', '<', window.until)
          .groupBy('hashtag')
          .execute(),
    db.selectFrom('influencers').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    views: days.reduce((sum, d) => sum + n(d.views), 0),
    weeks: perWeek(days, ['count', 'views'] as const),
    perHashtag: Object.fromEntries(tags.map((t) => [t.hashtag, n(t.posts)])),
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
