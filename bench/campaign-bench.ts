/**
 * Campaign benchmark (not a test): on the demo campaign (2,100 schools, 6,000 trainings,
 * 200,000 posts, 120,000 pledges), the latency of the dashboard API on SQLite and on
 * PostgreSQL (repeated reads, and the first read after each of 30 writes), and import rates (2,000 schools and 100,000 social posts as CSV, through the
 * HTTP route). The last line printed is one JSON object.
 *
 *   npm run --silent bench:campaign
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a fresh
 * schema dropped afterwards; skipped when no server answers. Target: posts import ≥ 20,000 rows/s.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp, createUser, migrateToLatest, openDatabase, seedDemoCampaign, seedProvinces, type DatabaseHandle } from '@kmm/server';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DASHBOARD_RUNS = 40;
const AFTER_WRITE_ROUNDS = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number) => Math.round(x * 10) / 10;

async function adminQuery(sql: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query(sql);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function schoolsCsv(rows: number): string {
  const lines = ['Mã trường,Tên trường,Cấp học,Tỉnh/thành,Địa chỉ'];
  for (let i = 0; i < rows; i++) lines.push(`BENCH-${i},Trường THCS Số ${i},THCS,${i % 2 ? 'Bình Dương' : 'Hà Nội'},"Số ${i}, phường 1"`);
  return lines.join('\n');
}

function postsCsv(rows: number): string {
  const lines = ['Đường dẫn,Nền tảng,Tác giả,Hashtag,Lượt xem,Lượt thích,Chia sẻ,Bình luận,Ngày đăng'];
  for (let i = 0; i < rows; i++) {
    lines.push(`https://www.tiktok.com/@bench/video/${i},TikTok,@bench${i % 500},#khongmotminh #01minh,${1000 + i},${i % 300},${i % 40},${i % 70},${1 + (i % 28)}/03/2026`);
  }
  return lines.join('\n');
}

async function measure(dialect: 'sqlite' | 'postgres', database: DatabaseHandle) {
  const seedStart = performance.now();
  await migrateToLatest(database.db, { schema: database.pgSchema });
  await seedProvinces(database.db);
  await seedDemoCampaign(database.db);
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const app = await buildApp({
    database,
    sessionSecret: randomBytes(24).toString('hex'),
    dataKey: randomBytes(32),
    version: 'bench',
    rateLimitPerMinute: 1_000_000,
  });
  await app.ready();
  const signIn = async (provinceId: string | null) => {
    const email = `bench-${randomBytes(4).toString('hex')}@bench.vn`;
    await createUser(database.db, { email, password: 'bench-password-long', role: 'organizer', displayName: 'Bench', provinceId });
    const first = await app.inject({ method: 'GET', url: '/api/auth/session' });
    const cookie = (r: typeof first) => `kmm_session=${r.cookies.find((c) => c.name === 'kmm_session')!.value}`;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: cookie(first), 'x-csrf-token': first.json<{ csrfToken: string }>().csrfToken },
      payload: { email, password: 'bench-password-long' },
    });
    return { cookie: cookie(login), 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken };
  };

  const latency = async (url: string, headers: Record<string, string>) => {
    const times: number[] = [];
    for (let i = 0; i < DASHBOARD_RUNS + 3; i++) {
      const start = performance.now();
      const res = await app.inject({ method: 'GET', url, headers });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (i >= 3) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
  };

  const national = await signIn(null);
  const provincial = await signIn('ha-noi');
  const dashboardNational = await latency('/api/campaign/dashboard', national);
  const dashboardProvince = await latency('/api/campaign/dashboard', provincial);
  const publicCounters = await latency('/api/campaign/dashboard/public', {});

  /*
   * The national dashboard right after a write, as during a campaign: a child's pledge, a
   * social post, a school upsert in turn, each followed by one timed dashboard call (which
   * recomputes the part the write touched).
   */
  const writes = {
    pledge: (i: number) => ({
      url: '/api/pledges',
      headers: {},
      payload: { provinceId: i % 2 ? 'ha-noi' : 'ho-chi-minh', band: 'lower_secondary', deviceId: randomBytes(16).toString('hex') },
    }),
    post: (i: number) => ({
      url: '/api/campaign/social/posts',
      headers: national,
      payload: { url: `https://www.tiktok.com/@bench/video/after-write-${i}`, platform: 'TikTok', author: '@bench', hashtags: ['#khongmotminh'], views: 1000 + i, postedAt: '2026-03-02' },
    }),
    school: (i: number) => ({
      url: '/api/campaign/schools',
      headers: national,
      payload: { code: `BENCH-AFTER-WRITE-${i}`, name: `Trường THCS Thử ${i}`, level: 'thcs', provinceId: 'ha-noi' },
    }),
  };
  const kinds = Object.keys(writes) as (keyof typeof writes)[];
  const afterWrite: number[] = [];
  const byKind = Object.fromEntries(kinds.map((k) => [k, [] as number[]]));
  for (let i = 0; i < AFTER_WRITE_ROUNDS; i++) {
    const kind = kinds[i % kinds.length]!;
    const write = writes[kind](i);
    const wrote = await app.inject({ method: 'POST', ...write });
    if (wrote.statusCode >= 300) throw new Error(`${write.url}: ${wrote.statusCode} ${wrote.body.slice(0, 200)}`);
    const start = performance.now();
    const res = await app.inject({ method: 'GET', url: '/api/campaign/dashboard', headers: national });
    const ms = performance.now() - start;
    if (res.statusCode !== 200) throw new Error(`dashboard after write: ${res.statusCode} ${res.body.slice(0, 200)}`);
    afterWrite.push(ms);
    byKind[kind]!.push(ms);
  }
  const sorted = (times: number[]) => [...times].sort((a, b) => a - b);
  const dashboardAfterWrite = {
    rounds: AFTER_WRITE_ROUNDS,
    p50Ms: round(percentile(sorted(afterWrite), 50)),
    p95Ms: round(percentile(sorted(afterWrite), 95)),
    p50ByWriteMs: Object.fromEntries(kinds.map((k) => [k, round(percentile(sorted(byKind[k]!), 50))])),
  };

  const importRate = async (kind: string, body: string, rows: number) => {
    const start = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: `/api/campaign/imports?kind=${kind}&mode=commit`,
      headers: { ...national, 'content-type': 'text/csv' },
      payload: body,
    });
    const seconds = (performance.now() - start) / 1000;
    const result = res.json<{ inserted: number; errors: number }>();
    if (res.statusCode !== 200 || result.inserted !== rows || result.errors !== 0) throw new Error(`${kind} import: ${res.body.slice(0, 300)}`);
    return { rows, seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds) };
  };
  const schoolsImport = await importRate('schools', schoolsCsv(2000), 2000);
  const postsImport = await importRate('posts', postsCsv(100_000), 100_000);
  await app.close();

  const result = { seedSeconds: round(seedSeconds), dashboardNational, dashboardProvince, publicCounters, dashboardAfterWrite, schoolsImport, postsImport };
  console.log(`${dialect}: ${JSON.stringify(result)}`);
  return result;
}

const results: Record<string, unknown> = {};

const dir = mkdtempSync(join(tmpdir(), 'kmm-campaign-bench-'));
const sqlite = openDatabase(join(dir, 'bench.sqlite'));
try {
  results.sqlite = await measure('sqlite', sqlite);
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}

const schema = `kmm_bench_${randomBytes(6).toString('hex')}`;
if (await adminQuery(`create schema ${schema}`)) {
  const postgres = openDatabase(PG_URL, { pgSchema: schema });
  try {
    results.postgres = await measure('postgres', postgres);
  } finally {
    await postgres.close();
    await adminQuery(`drop schema ${schema} cascade`);
  }
} else {
  results.postgres = { skipped: `no PostgreSQL at ${PG_URL}` };
}

console.log(JSON.stringify({ bench: 'campaign', node: process.version, ...results }));
