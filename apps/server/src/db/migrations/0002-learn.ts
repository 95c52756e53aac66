import type { Kysely, Migration } from 'kysely';

/** Learning progress on accounts, issued certificates, pledges. */
export const learn: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('learn_progress')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('score', 'integer')
      .addColumn('total', 'integer')
      .addColumn('completed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('learn_progress_pk', ['user_id', 'kind', 'item_id'])
      .execute();

    await db.schema
      .createTable('certificates')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('pledges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('device_hash', 'text', (c) => c.notNull().unique())
      .addColumn('first_name', 'text')
      .addColumn('school', 'text')
      .addColumn('province_id', 'text', (c) => c.notNull().references('provinces.id'))
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('pledges_province').on('pledges').column('province_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('pledges').execute();
    await db.schema.dropTable('certificates').execute();
    await db.schema.dropTable('learn_progress').execute();
  },
};
