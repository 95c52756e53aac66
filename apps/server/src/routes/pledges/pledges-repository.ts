import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** What a pledge keeps: no contact data. */
export interface NewPledge {
  deviceId: string;
  firstName?: string | undefined;
  school?: string | undefined;
  provinceId: string;
  band: string;
}

function hashDevice(deviceId: string): string {
  return createHash('sha256').update(`kmm-pledge:${deviceId}`).digest('hex');
}

/** Records a pledge; returns false when this device has pledged before. */
export async function insertPledge(db: Kysely<Database>, pledge: NewPledge): Promise<boolean> {
  const result = await db
    .insertInto('pledges')
    .values({
      id: randomUUID(),
      device_hash: hashDevice(pledge.deviceId),
      first_name: pledge.firstName || null,
      school: pledge.school || null,
      province_id: pledge.provinceId,
      band: pledge.band,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('device_hash').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The public counter: the total and the count per province, largest first. */
export async function pledgeCounts(db: Kysely<Database>): Promise<{ total: number; byProvince: { provinceId: string; count: number }[] }> {
  const rows = await db
    .selectFrom('pledges')
    .select(['province_id', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('province_id')
    .orderBy('count', 'desc')
    .orderBy('province_id')
    .execute();
  const byProvince = rows.map((r) => ({ provinceId: r.province_id, count: Number(r.count) }));
  return { total: byProvince.reduce((sum, p) => sum + p.count, 0), byProvince };
}
