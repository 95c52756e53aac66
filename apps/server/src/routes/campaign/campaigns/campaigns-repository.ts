import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { CampaignsTable } from '../campaign-tables.js';
import { campaignTargets, type Campaign } from './campaigns-schemas.js';

function toCampaign(row: Selectable<CampaignsTable>): Campaign {
  return { id: row.id, name: row.name, startDate: row.start_date, endDate: row.end_date, targets: campaignTargets.parse(JSON.parse(row.targets)) };
}

/** Every campaign, the latest first. */
export async function listCampaigns(db: Kysely<Database>): Promise<Campaign[]> {
  const rows = await db.selectFrom('campaigns').selectAll().orderBy('start_date', 'desc').orderBy('id').execute();
  return rows.map(toCampaign);
}

/** One campaign by id, or the latest one when no id is given; undefined when there is none. */
export async function findCampaign(db: Kysely<Database>, id?: string): Promise<Campaign | undefined> {
  const row = await db
    .selectFrom('campaigns')
    .selectAll()
    .$if(id !== undefined, (q) => q.where('id', '=', id!))
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .executeTakeFirst();
  return row && toCampaign(row);
}

/** Creates a campaign; returns it with its new id. */
export async function createCampaign(db: Kysely<Database>, input: Omit<Campaign, 'id'>, id: string = randomUUID()): Promise<Campaign> {
  await db
    .insertInto('campaigns')
    .values({
      id,
      name: input.name,
      start_date: input.startDate,
      end_date: input.endDate,
      targets: JSON.stringify(input.targets),
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, ...input };
}

/** Replaces a campaign's name, dates and targets; false when it does not exist. */
export async function updateCampaign(db: Kysely<Database>, id: string, input: Omit<Campaign, 'id'>): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set({ name: input.name, start_date: input.startDate, end_date: input.endDate, targets: JSON.stringify(input.targets) })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
