import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { SCHOOL_LEVELS, TRAINING_FORMATS, type SchoolLevel, type TrainingFormat } from '../campaign-tables.js';
import type { Campaign } from '../campaigns/campaigns-schemas.js';
import { campaignWindow, weekStart, weeksOf, type CampaignWindow } from './campaign-window.js';
import type { Dashboard, ProvinceRow, WeekPoint } from './dashboard-schemas.js';

const n = (value: unknown): number => Number(value ?? 0);

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

/** Reach through trainings: schools and provinces with at least one held training, participants by role. */
export async function trainingReach(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const [row, experts] = await Promise.all([
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
  ]);
  return {
    schools: n(row.schools),
    provinces: n(row.provinces),
    experts: n(experts.experts),
    students: n(row.students),
    teachers: n(row.teachers),
    parents: n(row.parents),
  };
}

/** Pledges taken in the window. */
export async function pledgeCount(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null): Promise<number> {
  const row = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('created_at', '>=', window.from)
    .where('created_at', '<', window.until)
    .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
    .executeTakeFirstOrThrow();
  return n(row.count);
}

/** Visitors checked in at events in the window, and the events' online views. */
export async function eventReach(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const row = await db
    .selectFrom('campaign_events')
    .select((eb) => [eb.fn.sum('check_ins').as('visitors'), eb.fn.sum('online_views').as('views')])
    .where('date', '>=', window.from)
    .where('date', '<', window.until)
    .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
    .executeTakeFirstOrThrow();
  return { visitors: n(row.visitors), onlineViews: n(row.views) };
}

/** Views of posts in the window plus the events' online views; the national total only. */
export async function socialViews(db: Kysely<Database>, window: CampaignWindow): Promise<number> {
  const row = await db
    .selectFrom('social_posts')
    .select((eb) => eb.fn.sum('views').as('views'))
    .where('posted_at', '>=', window.from)
    .where('posted_at', '<', window.until)
    .executeTakeFirstOrThrow();
  return n(row.views);
}

/** Posts in the window carrying each of these hashtags. */
async function postsPerHashtag(db: Kysely<Database>, window: CampaignWindow, hashtags: string[]): Promise<Map<string, number>> {
  if (hashtags.length === 0) return new Map();
  const rows = await db
    .selectFrom('social_post_hashtags')
    .select(['hashtag', (eb) => eb.fn.countAll().as('posts')])
    .where('hashtag', 'in', hashtags)
    .where('posted_at', '>=', window.from)
    .where('posted_at', '<', window.until)
    .groupBy('hashtag')
    .execute();
  return new Map(rows.map((r) => [r.hashtag, n(r.posts)]));
}

/** Per-week trainings held, participants, pledges and (nationally) posts and views. */
async function weekly(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null): Promise<WeekPoint[]> {
  // Grouping by day (the first 10 characters of an ISO timestamp) reads the same on both
  // engines; days are then folded into weeks here, which is at most a few hundred rows.
  const [trainings, pledges, posts] = await Promise.all([
    heldTrainings(db, window, provinceId)
      .select((eb) => [
        eb.fn<string>('substr', ['t.start_at', eb.val(1), eb.val(10)]).as('day'),
        eb.fn.countAll().as('count'),
        eb.fn.sum(eb(eb(eb.ref('t.students'), '+', eb.ref('t.teachers')), '+', eb.ref('t.parents'))).as('participants'),
      ])
      .groupBy('day')
      .execute(),
    db
      .selectFrom('pledges')
      .select((eb) => [eb.fn<string>('substr', ['created_at', eb.val(1), eb.val(10)]).as('day'), eb.fn.countAll().as('count')])
      .where('created_at', '>=', window.from)
      .where('created_at', '<', window.until)
      .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
      .groupBy('day')
      .execute(),
    provinceId !== null
      ? Promise.resolve([])
      : db
          .selectFrom('social_posts')
          .select((eb) => [
            eb.fn<string>('substr', ['posted_at', eb.val(1), eb.val(10)]).as('day'),
            eb.fn.countAll().as('count'),
            eb.fn.sum('views').as('views'),
          ])
          .where('posted_at', '>=', window.from)
          .where('posted_at', '<', window.until)
          .groupBy('day')
          .execute(),
  ]);
  const national = provinceId === null;
  const points = new Map<string, WeekPoint>(
    weeksOf(window).map((week) => [week, { week, trainingsHeld: 0, participants: 0, pledges: 0, posts: national ? 0 : null, views: national ? 0 : null }]),
  );
  for (const r of trainings) {
    const p = points.get(weekStart(r.day));
    if (p) {
      p.trainingsHeld += n(r.count);
      p.participants += n(r.participants);
    }
  }
  for (const r of pledges) {
    const p = points.get(weekStart(r.day));
    if (p) p.pledges += n(r.count);
  }
  for (const r of posts) {
    const p = points.get(weekStart(r.day));
    if (p) {
      p.posts = (p.posts ?? 0) + n(r.count);
      p.views = (p.views ?? 0) + n(r.views);
    }
  }
  return [...points.values()];
}

/** One row per province in scope: the data behind the choropleth map and the table. */
export async function provinceTable(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null): Promise<ProvinceRow[]> {
  const scoped = <T extends { province_id: string | null }>(rows: T[]) => new Map(rows.map((r) => [r.province_id ?? '', r]));
  const [provinces, schools, reach, experts, pledges, events] = await Promise.all([
    db
      .selectFrom('provinces')
      .select(['id', 'name'])
      .$if(provinceId !== null, (q) => q.where('id', '=', provinceId!))
      .orderBy('name')
      .execute(),
    db
      .selectFrom('schools')
      .select(['province_id', (eb) => eb.fn.countAll().as('count')])
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
    db
      .selectFrom('pledges')
      .select(['province_id', (eb) => eb.fn.countAll().as('count')])
      .where('created_at', '>=', window.from)
      .where('created_at', '<', window.until)
      .groupBy('province_id')
      .execute(),
    db
      .selectFrom('campaign_events')
      .select(['province_id', (eb) => eb.fn.sum('check_ins').as('visitors')])
      .where('date', '>=', window.from)
      .where('date', '<', window.until)
      .groupBy('province_id')
      .execute(),
  ]);
  const [bySchools, byReach, byExperts, byPledges, byEvents] = [scoped(schools), scoped(reach), scoped(experts), scoped(pledges), scoped(events)];
  return provinces.map((p) => {
    const r = byReach.get(p.id);
    return {
      provinceId: p.id,
      name: p.name,
      schools: n(bySchools.get(p.id)?.count),
      schoolsReached: n(r?.schools),
      trainingsHeld: n(r?.trainings),
      students: n(r?.students),
      teachers: n(r?.teachers),
      parents: n(r?.parents),
      experts: n(byExperts.get(p.id)?.experts),
      pledges: n(byPledges.get(p.id)?.count),
      eventVisitors: n(byEvents.get(p.id)?.visitors),
    };
  });
}

/** Held trainings by format and by school level (the age bands of the campaign). */
async function breakdowns(db: Kysely<Database>, window: CampaignWindow, provinceId: string | null) {
  const [formats, levels, bands] = await Promise.all([
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
    db
      .selectFrom('pledges')
      .select(['band', (eb) => eb.fn.countAll().as('count')])
      .where('created_at', '>=', window.from)
      .where('created_at', '<', window.until)
      .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
      .groupBy('band')
      .orderBy('band')
      .execute(),
  ]);
  const byFormat = new Map(formats.map((f) => [f.format, f]));
  const byLevel = new Map(levels.map((l) => [l.level, l]));
  return {
    byFormat: TRAINING_FORMATS.map((format: TrainingFormat) => ({
      format,
      trainings: n(byFormat.get(format)?.trainings),
      participants: n(byFormat.get(format)?.participants),
    })),
    byLevel: SCHOOL_LEVELS.map((level: SchoolLevel) => ({ level, trainings: n(byLevel.get(level)?.trainings), students: n(byLevel.get(level)?.students) })),
    pledgesByBand: bands.map((b) => ({ band: b.band, count: n(b.count) })),
  };
}

/** Note shown when social figures are left out of a provincial view. */
export const NATIONAL_ONLY_NOTE = 'Lượt xem, người ảnh hưởng và bài đăng theo hashtag là số liệu toàn quốc, không chia theo tỉnh.';

/**
 * The campaign dashboard: KPIs against targets, weekly series, the province table and
 * breakdowns. With `provinceId`, everything is limited to that province, social reach (which
 * has no province) is left out and national targets are not shown.
 */
export async function campaignDashboard(db: Kysely<Database>, campaign: Campaign, provinceId: string | null): Promise<Dashboard> {
  const window = campaignWindow(campaign.startDate, campaign.endDate);
  const national = provinceId === null;
  const targets = campaign.targets;
  const hashtags = Object.keys(targets.postsPerHashtag);
  const [reach, pledges, events, views, tags, influencers, series, provinces, parts] = await Promise.all([
    trainingReach(db, window, provinceId),
    pledgeCount(db, window, provinceId),
    eventReach(db, window, provinceId),
    national ? socialViews(db, window) : Promise.resolve(null),
    national ? postsPerHashtag(db, window, hashtags) : Promise.resolve(null),
    national ? db.selectFrom('influencers').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow() : Promise.resolve(null),
    weekly(db, window, provinceId),
    provinceTable(db, window, provinceId),
    breakdowns(db, window, provinceId),
  ]);
  const target = (value: number) => (national ? value : null);
  return {
    campaign: { id: campaign.id, name: campaign.name, startDate: campaign.startDate, endDate: campaign.endDate },
    provinceId,
    kpis: {
      schoolsReached: { value: reach.schools, target: target(targets.schools) },
      provincesReached: { value: reach.provinces, target: target(targets.provinces) },
      activeExperts: { value: reach.experts, target: target(targets.experts) },
      participants: {
        students: { value: reach.students, target: target(targets.participants.students) },
        teachers: { value: reach.teachers, target: target(targets.participants.teachers) },
        parents: { value: reach.parents, target: target(targets.participants.parents) },
      },
      pledges: { value: pledges, target: target(targets.pledges) },
      eventVisitors: { value: events.visitors, target: target(targets.eventVisitors) },
      views: { value: views === null ? null : views + events.onlineViews, target: target(targets.views) },
      influencers: { value: influencers === null ? null : n(influencers.count), target: target(targets.influencers) },
      postsPerHashtag: hashtags.map((hashtag) => ({
        hashtag,
        value: tags === null ? null : (tags.get(hashtag) ?? 0),
        target: target(targets.postsPerHashtag[hashtag] ?? 0),
      })),
    },
    weekly: series,
    provinces,
    ...parts,
    notes: national ? [] : [NATIONAL_ONLY_NOTE],
  };
}
