import type { Kysely, Migration } from 'kysely';

/** Help: anonymous reports and their cases, PIN failures, the audit log, indicators. */
export const help: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('pin_hash', 'text', (c) => c.notNull())
      .addColumn('pin_locked_until', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('urgency', 'text', (c) => c.notNull())
      .addColumn('urgency_rank', 'integer', (c) => c.notNull())
      .addColumn('risk', 'text')
      .addColumn('risk_rank', 'integer', (c) => c.notNull())
      .addColumn('age_band', 'text')
      .addColumn('age_rank', 'integer', (c) => c.notNull())
      .addColumn('reporter', 'text')
      .addColumn('province_id', 'text', (c) => c.references('provinces.id'))
      .addColumn('week', 'text', (c) => c.notNull())
      .addColumn('emergency', 'integer', (c) => c.notNull())
      .addColumn('contact_consent', 'integer', (c) => c.notNull())
      .addColumn('referral_consent', 'integer', (c) => c.notNull())
      .addColumn('detector', 'text')
      .addColumn('pdq_hashes', 'text', (c) => c.notNull())
      .addColumn('narrative_enc', 'text')
      .addColumn('conversation_enc', 'text')
      .addColumn('evidence_enc', 'text')
      .addColumn('nickname_enc', 'text')
      .addColumn('contact_enc', 'text')
      .addColumn('assigned_to', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('first_response_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .addColumn('purged_at', 'text')
      .execute();
    await db.schema.createIndex('cases_status').on('cases').column('status').execute();
    await db.schema.createIndex('cases_province').on('cases').column('province_id').execute();
    await db.schema.createIndex('cases_assigned_to').on('cases').column('assigned_to').execute();

    await db.schema
      .createTable('case_schemes')
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('scheme', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_schemes_pk', ['case_id', 'scheme'])
      .execute();
    await db.schema.createIndex('case_schemes_scheme').on('case_schemes').column('scheme').execute();

    await db.schema
      .createTable('case_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.references('users.id'))
      .addColumn('body_enc', 'text')
      .execute();
    await db.schema.createIndex('case_messages_case').on('case_messages').columns(['case_id', 'at']).execute();

    await db.schema
      .createTable('case_screenshots')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('data_enc', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_screenshots_case').on('case_screenshots').column('case_id').execute();

    await db.schema
      .createTable('case_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'at']).execute();

    await db.schema
      .createTable('report_pin_failures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('report_pin_failures_case').on('report_pin_failures').columns(['case_id', 'at']).execute();

    // No foreign keys: the log must outlive any row it mentions.
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_log_case').on('audit_log').columns(['case_id', 'at']).execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

    await db.schema
      .createTable('indicators')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('scheme', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.references('cases.id').onDelete('set null'))
      .addColumn('proposed_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('proposed_at', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('users.id'))
      .addColumn('decided_at', 'text')
      .addUniqueConstraint('indicators_kind_value_scheme', ['kind', 'value', 'scheme'])
      .execute();
    await db.schema.createIndex('indicators_status').on('indicators').column('status').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['indicators', 'audit_log', 'report_pin_failures', 'case_events', 'case_screenshots', 'case_messages', 'case_schemes', 'cases']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
