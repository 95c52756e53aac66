import type { Kysely, Migration } from 'kysely';

/**
 * Idempotent report retries: one row per `Idempotency-Key` that created a case, kept 24 hours.
 * The key itself is never stored: only its SHA-256 (the primary key, so two requests with one
 * key cannot both create a case), a MAC of the body and the PIN, both sealed under the key.
 */
export const reportIdempotency: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_idempotency')
      .addColumn('key_hash', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('body_mac', 'text', (c) => c.notNull())
      .addColumn('pin_sealed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('report_idempotency_created').on('report_idempotency').column('created_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('report_idempotency').execute();
  },
};
