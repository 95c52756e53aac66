import { createHash } from 'node:crypto';
import { BANDS, PROVINCES } from '@kmm/content';
import { PostgresAdapter, sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { type SchoolLevel, type TrainingFormat, type TrainingStatus } from '../campaign-tables.js';
import { DEFAULT_TARGETS } from '../campaigns/campaigns-schemas.js';
import { SeededRandom } from './seeded-random.js';

/** The demo campaign's id: seeding again finds it and stops. */
export const DEMO_CAMPAIGN_ID = 'demo-2025-2026';

/** How much demo data to build; the defaults match the campaign's brief. */
export interface DemoSize {
  schools: number;
  experts: number;
  trainings: number;
  events: number;
  influencers: number;
  posts: number;
  pledges: number;
}

export const DEFAULT_DEMO_SIZE: DemoSize = {
  schools: 2100,
  experts: 160,
  trainings: 6000,
  events: 40,
  influencers: 1050,
  posts: 200_000,
  pledges: 120_000,
};

/** What {@link seedDemoCampaign} created; all zero when the demo was already there. */
export type DemoCounts = DemoSize & { created: boolean };

const START = '2025-09-01';
const END = '2026-08-31';
const DAY_MS = 86_400_000;
/** Trainings starting after this day are still planned or requested. */
const DEMO_TODAY = Date.parse('2026-05-15T00:00:00Z');

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Hồng', 'Đức', 'Ngọc', 'Quốc', 'Thanh', 'Hải', 'Kim', 'Gia'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
const NAMESAKES = [
  'Nguyễn Du', 'Lê Lợi', 'Trần Hưng Đạo', 'Chu Văn An', 'Lê Quý Đôn', 'Nguyễn Trãi', 'Quang Trung', 'Kim Đồng', 'Võ Thị Sáu',
  'Lý Tự Trọng', 'Nguyễn Khuyến', 'Phan Bội Châu', 'Hai Bà Trưng', 'Ngô Quyền', 'Lê Hồng Phong', 'Trưng Vương', 'Hoàng Hoa Thám',
  'Nguyễn Bỉnh Khiêm', 'Tô Hiến Thành', 'Lương Thế Vinh', 'Nguyễn Thị Minh Khai', 'Đinh Tiên Hoàng', 'Lý Thường Kiệt', 'Phan Chu Trinh',
];
const LEVELS: readonly (readonly [SchoolLevel, number])[] = [['tieu_hoc', 35], ['thcs', 35], ['thpt', 22], ['dai_hoc', 5], ['khac', 3]];
const LEVEL_PREFIX: Record<SchoolLevel, string> = { tieu_hoc: 'Trường Tiểu học', thcs: 'Trường THCS', thpt: 'Trường THPT', dai_hoc: 'Trường Đại học', khac: 'Trung tâm GDNN-GDTX' };
const FORMATS: readonly (readonly [TrainingFormat, number])[] = [
  ['tap_huan', 30], ['workshop', 25], ['ngoai_khoa', 20], ['hoc_tap_tuong_tac', 12], ['thi_ve_tranh', 8], ['dien_kich', 5],
];
const TOPICS = ['lừa đảo trực tuyến', 'bắt cóc trực tuyến', 'dụ dỗ, grooming', 'tống tiền tình dục', 'bảo vệ dữ liệu cá nhân', 'sức khỏe tâm thần', 'pháp luật'];
const PLATFORMS: readonly (readonly [string, number])[] = [['TikTok', 45], ['Facebook', 30], ['YouTube', 15], ['Instagram', 6], ['Zalo', 4]];
const HASHTAG_SETS: readonly (readonly [string[], number])[] = [
  [['#khongmotminh'], 40], [['#khongmotminh', '#01minh'], 25], [['#01minh'], 10], [['#khongmotminh', '#conguochanoi'], 15], [['#conguochanoi'], 10],
];
// Bigger cities hold more schools; the rest share evenly.
const PROVINCE_WEIGHT: Record<string, number> = { 'ha-noi': 9, 'ho-chi-minh': 10, 'hai-phong': 3, 'da-nang': 2, 'can-tho': 2, 'thanh-hoa': 3, 'nghe-an': 3 };

/**
 * A UUID-shaped id that sorts in insertion order: bulk inserts then append to the primary-key
 * B-tree instead of splitting pages all over it, which is most of the seeding time.
 */
const orderedId = (table: number, i: number) => `d${String(table).padStart(7, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`;

const day = (offset: number) => new Date(Date.parse(`${START}T00:00:00Z`) + offset * DAY_MS);
const CAMPAIGN_DAYS = Math.round((Date.parse(`${END}T00:00:00Z`) - Date.parse(`${START}T00:00:00Z`)) / DAY_MS) + 1;

/** Inserts rows in multi-row statements sized under SQLite's and PostgreSQL's parameter limits. */
async function insertAll<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(30_000 / perRow));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely's generic insert types cannot follow a table name chosen at run time.
    await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

/**
 * Builds a realistic demo campaign, the same every time (seeded PRNG): schools over the 34
 * provinces, experts, trainings without double bookings, events, influencers, social posts
 * and pledges, all in one transaction. Does nothing when the demo campaign already exists.
 */
export async function seedDemoCampaign(db: Kysely<Database>, size: DemoSize = DEFAULT_DEMO_SIZE, seed = 2025): Promise<DemoCounts> {
  const existing = await db.selectFrom('campaigns').select('id').where('id', '=', DEMO_CAMPAIGN_ID).executeTakeFirst();
  if (existing) return { schools: 0, experts: 0, trainings: 0, events: 0, influencers: 0, posts: 0, pledges: 0, created: false };
  const random = new SeededRandom(seed);
  const now = new Date(Date.parse(`${START}T00:00:00Z`)).toISOString();
  const person = () => `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
  const provinceWeights = PROVINCES.map((p) => [p.id, PROVINCE_WEIGHT[p.id] ?? 1] as const);

  // Every province gets schools, then the rest are spread by weight.
  const schools = Array.from({ length: size.schools }, (_, i) => {
    const provinceId = i < PROVINCES.length ? PROVINCES[i]!.id : random.weighted(provinceWeights);
    const level = random.weighted(LEVELS);
    return {
      id: random.uuid(),
      code: `DEMO-${String(i + 1).padStart(5, '0')}`,
      name: `${LEVEL_PREFIX[level]} ${random.pick(NAMESAKES)}`,
      level,
      province_id: provinceId,
      address: `Số ${random.int(1, 300)}, phường ${random.int(1, 20)}`,
      created_at: now,
      updated_at: now,
    };
  });

  // Experts in proportion to each province's schools, at least two per province.
  const experts = Array.from({ length: size.experts }, (_, i) => {
    const home = i < PROVINCES.length * 2 ? PROVINCES[i % PROVINCES.length]!.id : random.weighted(provinceWeights);
    const name = person();
    return {
      id: random.uuid(),
      natural_key: `email:chuyengia${i + 1}@demo.khongmotminh.vn`,
      user_id: null,
      name,
      email: `chuyengia${i + 1}@demo.khongmotminh.vn`,
      province_id: home,
      provinces: JSON.stringify([home]),
      topics: JSON.stringify([random.pick(TOPICS), random.pick(TOPICS)].filter((t, j, all) => all.indexOf(t) === j)),
      availability: random.pick(['Thứ Bảy, Chủ nhật', 'Sáng các ngày trong tuần', 'Linh hoạt', 'Chiều thứ Sáu, Thứ Bảy']),
      created_at: now,
      updated_at: now,
    };
  });
  const expertsByProvince = new Map<string, typeof experts>();
  for (const e of experts) {
    if (!expertsByProvince.has(e.province_id)) expertsByProvince.set(e.province_id, []);
    expertsByProvince.get(e.province_id)!.push(e);
  }

  // Trainings: every school at least once, then more by weight. Each expert's sessions are
  // spread on distinct days through the campaign, so no expert is ever double-booked.
  const trainings: Insertable<Database['trainings']>[] = [];
  const links: Insertable<Database['training_experts']>[] = [];
  const perProvince = new Map<string, { school: (typeof schools)[number] }[]>();
  for (let i = 0; i < size.trainings; i++) {
    const school = i < schools.length ? schools[i]! : random.pick(schools);
    if (!perProvince.has(school.province_id)) perProvince.set(school.province_id, []);
    perProvince.get(school.province_id)!.push({ school });
  }
  for (const [provinceId, items] of perProvince) {
    const team = expertsByProvince.get(provinceId) ?? experts;
    const perExpert = Math.ceil(items.length / team.length);
    const spacing = Math.max(1, Math.floor((CAMPAIGN_DAYS - 7) / perExpert));
    items.forEach(({ school }, k) => {
      const expert = team[k % team.length]!;
      const slot = Math.floor(k / team.length);
      const start = new Date(day(slot * spacing + random.int(0, Math.min(6, spacing - 1))).getTime() + random.pick([1, 2, 6, 7]) * 3_600_000);
      const end = new Date(start.getTime() + random.pick([90, 120, 180]) * 60_000);
      const past = start.getTime() < DEMO_TODAY;
      const status: TrainingStatus = past ? (random.next() < 0.03 ? 'cancelled' : 'held') : random.next() < 0.6 ? 'planned' : 'requested';
      const big = school.level === 'thpt' || school.level === 'dai_hoc';
      const held = status === 'held';
      const id = random.uuid();
      trainings.push({
        id,
        school_id: school.id,
        format: random.weighted(FORMATS),
        start_at: start.toISOString(),
        end_at: end.toISOString(),
        status,
        students: held ? random.int(40, big ? 450 : 300) : 0,
        teachers: held ? random.int(2, 25) : 0,
        parents: held ? random.int(0, school.level === 'tieu_hoc' ? 80 : 30) : 0,
        feedback_score: held ? random.weighted([[5, 50], [4, 35], [3, 12], [2, 3]]) : null,
        note: null,
        requested_by: null,
        created_at: now,
        updated_at: now,
      });
      if (status !== 'requested') links.push({ training_id: id, expert_id: expert.id });
    });
  }

  const events: Insertable<Database['campaign_events']>[] = [
    { id: random.uuid(), name: 'Ngày hội An toàn trực tuyến', kind: 'ngay_hoi', date: '2025-11-09', venue: 'Cung Văn hóa Hữu nghị Việt Xô', province_id: 'ha-noi', online: 0, registrations: 62_000, check_ins: 100_500, contestants: 0, online_views: 2_400_000, created_at: now },
    { id: random.uuid(), name: 'Đêm nhạc Gala Không một mình', kind: 'gala', date: '2026-06-01', venue: 'Trực tuyến', province_id: null, online: 1, registrations: 0, check_ins: 0, contestants: 0, online_views: 15_000_000, created_at: now },
    { id: random.uuid(), name: 'Minishow Tài năng học đường', kind: 'minishow', date: '2026-03-26', venue: 'Nhà hát Thành phố', province_id: 'ho-chi-minh', online: 0, registrations: 4_800, check_ins: 4_100, contestants: 64, online_views: 1_200_000, created_at: now },
  ];
  for (let i = events.length; i < size.events; i++) {
    const provinceId = random.weighted(provinceWeights);
    const registrations = random.int(200, 3000);
    events.push({
      id: random.uuid(),
      name: `Ngày hội An toàn trực tuyến ${PROVINCES.find((p) => p.id === provinceId)!.name}`,
      kind: random.weighted([['ngay_hoi', 6], ['minishow', 3], ['other', 1]]),
      date: day(random.int(20, CAMPAIGN_DAYS - 100)).toISOString().slice(0, 10),
      venue: 'Nhà văn hóa tỉnh',
      province_id: provinceId,
      online: 0,
      registrations,
      check_ins: Math.round(registrations * (0.6 + random.next() * 0.35)),
      contestants: random.int(0, 40),
      online_views: random.int(0, 300_000),
      created_at: now,
    });
  }

  const influencers = Array.from({ length: size.influencers }, (_, i) => ({
    id: random.uuid(),
    name: i % 3 === 0 ? person() : `${random.pick(['Góc', 'Nhà', 'Kênh', 'Chuyện'])} ${random.pick(GIVEN)} ${i}`,
    platforms: JSON.stringify([random.weighted(PLATFORMS)]),
    followers: Math.round(10_000 * Math.exp(random.next() * 6)),
    created_at: now,
  }));

  const posts: Insertable<Database['social_posts']>[] = [];
  const postTags: Insertable<Database['social_post_hashtags']>[] = [];
  for (let i = 0; i < size.posts; i++) {
    const platform = random.weighted(PLATFORMS);
    const author = influencers[i % influencers.length]!.name;
    const tags = random.weighted(HASHTAG_SETS);
    const postedAt = new Date(day(random.int(0, CAMPAIGN_DAYS - 1)).getTime() + random.int(0, DAY_MS - 1)).toISOString();
    const views = Math.round(400 * Math.exp(random.next() * 4.6));
    const id = orderedId(1, i);
    posts.push({
      id,
      url: `https://demo.khongmotminh.vn/${platform.toLowerCase()}/${String(i + 1).padStart(7, '0')}`,
      platform,
      author,
      hashtags: tags.join(' '),
      views,
      likes: Math.round(views * 0.05),
      shares: Math.round(views * 0.004),
      comments: Math.round(views * 0.006),
      posted_at: postedAt,
      updated_at: now,
    });
    for (const hashtag of tags) postTags.push({ post_id: id, hashtag, posted_at: postedAt });
  }

  const pledges = Array.from({ length: size.pledges }, (_, i) => ({
    id: orderedId(2, i),
    device_hash: createHash('sha256').update(`kmm-demo-pledge:${seed}:${i}`).digest('hex'),
    first_name: null,
    school: null,
    province_id: random.weighted(provinceWeights),
    band: random.weighted(BANDS.map((b) => [b, b === 'lower_secondary' ? 4 : b === 'university' ? 1 : 2] as const)),
    created_at: new Date(day(Math.floor(CAMPAIGN_DAYS * Math.sqrt(random.next()))).getTime() + random.int(0, DAY_MS - 1)).toISOString(),
  }));

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('campaigns')
      .values({ id: DEMO_CAMPAIGN_ID, name: 'Không Một Mình 2025–2026', start_date: START, end_date: END, targets: JSON.stringify(DEFAULT_TARGETS), created_at: now })
      .execute();
    await insertAll(trx, 'schools', schools);
    await insertAll(trx, 'expert_profiles', experts);
    await insertAll(trx, 'trainings', trainings);
    await insertAll(trx, 'training_experts', links);
    await insertAll(trx, 'campaign_events', events);
    await insertAll(trx, 'influencers', influencers);
    await insertAll(trx, 'social_posts', posts);
    await insertAll(trx, 'social_post_hashtags', postTags);
    await insertAll(trx, 'pledges', pledges);
  });
  // Fresh statistics after a bulk load, so the planner does not take the new tables for empty
  // (PostgreSQL's autovacuum would get there later, or never where it is turned off). Only the
  // loaded tables: a shared PostgreSQL may hold many other schemas.
  const loaded = ['schools', 'expert_profiles', 'trainings', 'training_experts', 'campaign_events', 'influencers', 'social_posts', 'social_post_hashtags', 'pledges'];
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`analyze ${sql.join(loaded.map((t) => sql.table(t)))}`.execute(db);
  else await sql`analyze`.execute(db);
  return { ...size, trainings: trainings.length, created: true };
}
