import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Per-day rollups of the two big tables the campaign dashboard counts, kept exact by database
 * triggers so every writer (pledge route, post route, imports, demo seeder, CLI, manual SQL)
 * maintains them, and the change and its rollup commit or roll back together. The dashboard
 * reads a few thousand rollup rows instead of 120,000 pledges and 200,000 posts after each write.
 *
 * A rollup row whose count falls to 0 is kept: it adds nothing to any sum.
 */
interface Rollup {
  /** The rollup table. */
  table: string;
  /** The counted base table. */
  source: string;
  /** Rollup key column → its value from a base row (`r.` is the row). */
  keys: Record<string, string>;
  /** Rollup measure column → what one base row adds (`r.` is the row). */
  measures: Record<string, string>;
  /** Base columns whose change moves a row between keys or changes a measure. */
  watched: string[];
}

const ROLLUPS: Rollup[] = [
  // Two narrow pledge rollups rather than one per (day, province, band): that one would hold a
  // third as many rows as the pledges themselves. A province's bands are read from the pledges
  // through their (province_id, created_at, band) index.
  {
    table: 'pledge_daily',
    source: 'pledges',
    keys: { day: 'substr(r.created_at, 1, 10)', province_id: 'r.province_id' },
    measures: { pledges: '1' },
    watched: ['created_at', 'province_id'],
  },
  {
    table: 'pledge_band_daily',
    source: 'pledges',
    keys: { day: 'substr(r.created_at, 1, 10)', band: 'r.band' },
    measures: { pledges: '1' },
    watched: ['created_at', 'band'],
  },
  {
    table: 'post_daily',
    source: 'social_posts',
    keys: { day: 'substr(r.posted_at, 1, 10)' },
    measures: { posts: '1', views: 'r.views' },
    watched: ['posted_at', 'views'],
  },
  {
    table: 'post_hashtag_daily',
    source: 'social_post_hashtags',
    keys: { hashtag: 'r.hashtag', day: 'substr(r.posted_at, 1, 10)' },
    measures: { posts: '1' },
    watched: ['hashtag', 'posted_at'],
  },
];

const list = (names: string[]) => names.join(', ');

/** `insert … on conflict do update` adding `rows` (SQL with the key and measure columns) to the rollup. */
function addTo(rollup: Rollup, rows: string): string {
  const keys = Object.keys(rollup.keys);
  const measures = Object.keys(rollup.measures);
  return `insert into ${rollup.table} (${list([...keys, ...measures])}) ${rows}
    on conflict (${list(keys)}) do update set ${measures.map((m) => `${m} = ${rollup.table}.${m} + excluded.${m}`).join(', ')}`;
}

/** The key and signed measure expressions of a base row named `row` (`r`, or a trigger's `new`/`old`). */
function signedColumns(rollup: Rollup, sign: 1 | -1, row = 'r'): string {
  const of = (expression: string) => expression.replaceAll('r.', `${row}.`);
  const keys = Object.entries(rollup.keys).map(([k, e]) => `${of(e)} as ${k}`);
  const measures = Object.entries(rollup.measures).map(([m, e]) => `${sign === 1 ? '' : '-'}(${of(e)}) as ${m}`);
  return [...keys, ...measures].join(', ');
}

/**
 * PostgreSQL: one statement-level trigger per event with transition tables, so an import of
 * 100,000 posts updates each touched day once per statement rather than once per row. Rows are
 * applied in key order, so two concurrent writers lock rollup rows in the same order.
 */
function postgresFunction(rollup: Rollup): string {
  const keys = Object.keys(rollup.keys);
  const measures = Object.keys(rollup.measures);
  const grouped = (from: string, having = '') =>
    `select ${list(keys)}, ${measures.map((m) => `sum(${m})`).join(', ')} from (${from}) d group by ${list(keys)} ${having} order by ${list(keys)}`;
  // An update moves a row from its old key to its new one; rows whose watched columns did not change net to zero and are skipped.
  const updated = grouped(
    `select ${signedColumns(rollup, 1)} from new_rows r union all select ${signedColumns(rollup, -1)} from old_rows r`,
    `having ${measures.map((m) => `sum(${m}) <> 0`).join(' or ')}`,
  );
  return `
    create function ${rollup.table}_apply() returns trigger language plpgsql
    set search_path from current as $$
    begin
      if tg_op = 'INSERT' then
        ${addTo(rollup, grouped(`select ${signedColumns(rollup, 1)} from new_rows r`))};
      elsif tg_op = 'DELETE' then
        ${addTo(rollup, grouped(`select ${signedColumns(rollup, -1)} from old_rows r`))};
      elsif tg_op = 'UPDATE' then
        ${addTo(rollup, updated)};
      else
        delete from ${rollup.table};
      end if;
      return null;
    end $$`;
}

async function createPostgresTriggers(db: Kysely<unknown>, rollup: Rollup) {
  await sql.raw(postgresFunction(rollup)).execute(db);
  // Transition tables allow one event per trigger.
  const referencing = { insert: 'new table as new_rows', update: 'old table as old_rows new table as new_rows', delete: 'old table as old_rows' };
  for (const [event, ref] of Object.entries(referencing)) {
    await sql
      .raw(
        `create trigger ${rollup.table}_${event} after ${event} on ${rollup.source}
         referencing ${ref} for each statement execute function ${rollup.table}_apply()`,
      )
      .execute(db);
  }
  await sql.raw(`create trigger ${rollup.table}_truncate after truncate on ${rollup.source} for each statement execute function ${rollup.table}_apply()`).execute(db);
}

/** SQLite has only row triggers: one upsert per written row (and two for a row moved between keys). */
async function createSqliteTriggers(db: Kysely<unknown>, rollup: Rollup) {
  const one = (row: 'new' | 'old', sign: 1 | -1) => addTo(rollup, `select ${signedColumns(rollup, sign, row)} where true`);
  const changed = rollup.watched.map((c) => `old.${c} is not new.${c}`).join(' or ');
  await sql.raw(`create trigger ${rollup.table}_insert after insert on ${rollup.source} begin ${one('new', 1)}; end`).execute(db);
  await sql.raw(`create trigger ${rollup.table}_delete after delete on ${rollup.source} begin ${one('old', -1)}; end`).execute(db);
  await sql
    .raw(
      `create trigger ${rollup.table}_update after update of ${list(rollup.watched)} on ${rollup.source} when ${changed}
       begin ${one('old', -1)}; ${one('new', 1)}; end`,
    )
    .execute(db);
}

export const campaignRollups: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    for (const rollup of ROLLUPS) {
      let table = db.schema.createTable(rollup.table);
      for (const key of Object.keys(rollup.keys)) table = table.addColumn(key, 'text', (c) => c.notNull());
      for (const measure of Object.keys(rollup.measures)) table = table.addColumn(measure, 'bigint', (c) => c.notNull().defaultTo(0));
      await table.addPrimaryKeyConstraint(`${rollup.table}_pk`, Object.keys(rollup.keys) as never).execute();
      // Backfill before the triggers exist (a migration runs in one transaction on both engines).
      const keys = Object.keys(rollup.keys);
      const measures = Object.keys(rollup.measures);
      await sql
        .raw(
          `insert into ${rollup.table} (${list([...keys, ...measures])})
           select ${list(keys)}, ${measures.map((m) => `sum(${m})`).join(', ')} from (select ${signedColumns(rollup, 1)} from ${rollup.source} r) d group by ${list(keys)}`,
        )
        .execute(db);
      await (postgres ? createPostgresTriggers(db, rollup) : createSqliteTriggers(db, rollup));
    }
  },
  async down(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    for (const rollup of ROLLUPS) {
      if (postgres) {
        for (const event of ['insert', 'update', 'delete', 'truncate']) await sql.raw(`drop trigger ${rollup.table}_${event} on ${rollup.source}`).execute(db);
        await sql.raw(`drop function ${rollup.table}_apply()`).execute(db);
      } else {
        for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${rollup.table}_${event}`).execute(db);
      }
      await db.schema.dropTable(rollup.table).execute();
    }
  },
};
