import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * The tables the campaign dashboard counts. Each has a version that the database itself bumps
 * on every change, so the dashboard can reuse its last figures until one of them moves.
 */
const CAMPAIGN_DATA_SOURCES = [
  'provinces',
  'schools',
  'trainings',
  'training_experts',
  'campaign_events',
  'pledges',
  'social_posts',
  'social_post_hashtags',
  'influencers',
] as const;

/**
 * One version counter per counted table, bumped by triggers rather than by application code:
 * every writer (routes, imports, the demo seeder, the CLI, another server process, a manual
 * SQL fix) moves it, and the bump commits or rolls back with the change itself. One row per
 * table, so a long import of posts never makes a child's pledge wait on the same row lock.
 */
export const campaignDataVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('campaign_data_versions')
      .addColumn('source', 'text', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    // A provincial dashboard counts one province's pledges in the window: this index reads
    // just that slice, where (created_at, province_id, band) scans the whole window.
    await db.schema.createIndex('pledges_province_created_band').on('pledges').columns(['province_id', 'created_at', 'band']).execute();
    await db
      .insertInto('campaign_data_versions' as never)
      .values(CAMPAIGN_DATA_SOURCES.map((source) => ({ source, version: 0 })) as never)
      .execute();

    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      // Once per statement, not per row: a 100,000-row import bumps the counter once.
      // SET search_path FROM CURRENT keeps the function on this schema whoever calls it.
      await sql`
        create function bump_campaign_data_version() returns trigger language plpgsql
        set search_path from current as $$
        begin
          update campaign_data_versions set version = version + 1 where source = tg_table_name;
          return null;
        end $$`.execute(db);
      for (const table of CAMPAIGN_DATA_SOURCES) {
        await sql`
          create trigger ${sql.id(`${table}_data_version`)}
          after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function bump_campaign_data_version()`.execute(db);
      }
      return;
    }
    // SQLite has only row triggers: about 1.5 µs per written row.
    for (const table of CAMPAIGN_DATA_SOURCES) {
      for (const event of ['insert', 'update', 'delete'] as const) {
        await sql`
          create trigger ${sql.id(`${table}_data_version_${event}`)}
          after ${sql.raw(event)} on ${sql.table(table)}
          begin
            update campaign_data_versions set version = version + 1 where source = ${sql.lit(table)};
          end`.execute(db);
      }
    }
  },
  async down(db: Kysely<unknown>) {
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      for (const table of CAMPAIGN_DATA_SOURCES) await sql`drop trigger ${sql.id(`${table}_data_version`)} on ${sql.table(table)}`.execute(db);
      await sql`drop function bump_campaign_data_version()`.execute(db);
    } else {
      for (const table of CAMPAIGN_DATA_SOURCES) {
        for (const event of ['insert', 'update', 'delete']) await sql`drop trigger ${sql.id(`${table}_data_version_${event}`)}`.execute(db);
      }
    }
    await db.schema.dropTable('campaign_data_versions').execute();
    await db.schema.dropIndex('pledges_province_created_band').execute();
  },
};
