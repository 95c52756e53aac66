import type { Kysely, Migration } from 'kysely';

/**
 * The Campaign pillar: campaigns (a time window with targets), schools, expert profiles,
 * trainings and their experts, events and tickets, influencers, social posts and their
 * hashtags, and import runs. Students are counted on trainings, never listed.
 */
export const campaign: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('campaigns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('targets', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('schools')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('province_id', 'text', (c) => c.notNull().references('provinces.id'))
      .addColumn('address', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('schools_province').on('schools').columns(['province_id', 'name']).execute();

    await db.schema
      .createTable('expert_profiles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('natural_key', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('province_id', 'text', (c) => c.notNull().references('provinces.id'))
      .addColumn('provinces', 'text', (c) => c.notNull())
      .addColumn('topics', 'text', (c) => c.notNull())
      .addColumn('availability', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('expert_profiles_province').on('expert_profiles').column('province_id').execute();
    await db.schema.createIndex('expert_profiles_user').on('expert_profiles').column('user_id').execute();

    await db.schema
      .createTable('trainings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id').onDelete('cascade'))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('end_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('students', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('teachers', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('parents', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('feedback_score', 'integer')
      .addColumn('note', 'text')
      .addColumn('requested_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('trainings_school').on('trainings').column('school_id').execute();
    await db.schema.createIndex('trainings_status_start').on('trainings').columns(['status', 'start_at']).execute();

    await db.schema
      .createTable('training_experts')
      .addColumn('training_id', 'text', (c) => c.notNull().references('trainings.id').onDelete('cascade'))
      .addColumn('expert_id', 'text', (c) => c.notNull().references('expert_profiles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('training_experts_pk', ['training_id', 'expert_id'])
      .execute();
    await db.schema.createIndex('training_experts_expert').on('training_experts').column('expert_id').execute();

    await db.schema
      .createTable('campaign_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('venue', 'text')
      .addColumn('province_id', 'text', (c) => c.references('provinces.id'))
      .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('registrations', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('check_ins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('contestants', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('online_views', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('campaign_events_date').on('campaign_events').column('date').execute();

    await db.schema
      .createTable('event_tickets')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('event_id', 'text', (c) => c.notNull().references('campaign_events.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('event_tickets_event').on('event_tickets').column('event_id').execute();

    await db.schema
      .createTable('influencers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('platforms', 'text', (c) => c.notNull())
      .addColumn('followers', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('social_posts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull().unique())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('hashtags', 'text', (c) => c.notNull())
      .addColumn('views', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('likes', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('shares', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('comments', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('posted_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // Covering index: reach and weekly views read the index alone, not 200,000 table rows.
    await db.schema.createIndex('social_posts_posted_at').on('social_posts').columns(['posted_at', 'views']).execute();

    // One row per (post, hashtag), so counts per hashtag use an index instead of LIKE scans.
    await db.schema
      .createTable('social_post_hashtags')
      .addColumn('post_id', 'text', (c) => c.notNull().references('social_posts.id').onDelete('cascade'))
      .addColumn('hashtag', 'text', (c) => c.notNull())
      .addColumn('posted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('social_post_hashtags_pk', ['post_id', 'hashtag'])
      .execute();
    await db.schema.createIndex('social_post_hashtags_tag').on('social_post_hashtags').columns(['hashtag', 'posted_at']).execute();

    // The dashboard counts pledges per time window (and province, band); the pledges feature indexes only the province.
    await db.schema.createIndex('pledges_created_province_band').on('pledges').columns(['created_at', 'province_id', 'band']).execute();

    await db.schema
      .createTable('campaign_imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('inserted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error_sample', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('pledges_created_province_band').execute();
    for (const table of [
      'campaign_imports',
      'social_post_hashtags',
      'social_posts',
      'influencers',
      'event_tickets',
      'campaign_events',
      'training_experts',
      'trainings',
      'expert_profiles',
      'schools',
      'campaigns',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
