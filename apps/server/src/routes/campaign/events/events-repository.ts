import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError } from '../../../errors/app-error.js';
import type { CampaignEventsTable, EventKind } from '../campaign-tables.js';
import type { CampaignEvent } from './events-schemas.js';
import { newTicketCode, normalizeTicketCode } from './ticket-code.js';

/** An event row as the API shows it. */
export function toEvent(row: Selectable<CampaignEventsTable>): CampaignEvent {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    date: row.date,
    venue: row.venue,
    provinceId: row.province_id,
    online: row.online === 1,
    registrations: Number(row.registrations),
    checkIns: Number(row.check_ins),
    contestants: Number(row.contestants),
    onlineViews: Number(row.online_views),
  };
}

/** A page of events, the latest first; `provinceId` keeps that province's events. */
export async function listEvents(
  db: Kysely<Database>,
  filter: { provinceId?: string | null | undefined },
  page: { limit: number; offset: number },
): Promise<{ items: CampaignEvent[]; total: number }> {
  const base = db.selectFrom('campaign_events').$if(Boolean(filter.provinceId), (q) => q.where('province_id', '=', filter.provinceId!));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('date', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toEvent), total: Number(total.n) };
}

export async function findEvent(db: Kysely<Database>, id: string): Promise<CampaignEvent | undefined> {
  const row = await db.selectFrom('campaign_events').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toEvent(row);
}

export async function createEvent(
  db: Kysely<Database>,
  input: { name: string; kind: EventKind; date: string; venue?: string | null | undefined; provinceId?: string | null | undefined; online: boolean },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('campaign_events')
    .values({
      id,
      name: input.name,
      kind: input.kind,
      date: input.date,
      venue: input.venue ?? null,
      province_id: input.provinceId ?? null,
      online: input.online ? 1 : 0,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** Sets contestants and online views, and adds walk-in visitors to the check-ins. */
export async function updateEventStats(
  db: Kysely<Database>,
  id: string,
  stats: { contestants?: number | undefined; onlineViews?: number | undefined; walkIns?: number | undefined },
): Promise<void> {
  await db
    .updateTable('campaign_events')
    .set((eb) => ({
      ...(stats.contestants !== undefined ? { contestants: stats.contestants } : {}),
      ...(stats.onlineViews !== undefined ? { online_views: stats.onlineViews } : {}),
      ...(stats.walkIns !== undefined ? { check_ins: eb('check_ins', '+', stats.walkIns) } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

/** Issues a ticket: a new random code, counted as a registration. */
export async function issueTicket(db: Kysely<Database>, eventId: string): Promise<string> {
  const code = newTicketCode();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('event_tickets').values({ code, event_id: eventId, created_at: new Date().toISOString(), used_at: null }).execute();
    await trx
      .updateTable('campaign_events')
      .set((eb) => ({ registrations: eb('registrations', '+', 1) }))
      .where('id', '=', eventId)
      .execute();
  });
  return code;
}

/**
 * Marks a ticket used and counts the visitor. The update only matches an unused ticket, so
 * two doors scanning the same code at once admit it once; the other gets 409.
 */
export async function checkInTicket(db: Kysely<Database>, eventId: string, input: string): Promise<void> {
  const code = normalizeTicketCode(input);
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('event_tickets')
      .set({ used_at: new Date().toISOString() })
      .where('code', '=', code)
      .where('event_id', '=', eventId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) === 0) {
      const exists = await trx.selectFrom('event_tickets').select('code').where('code', '=', code).where('event_id', '=', eventId).executeTakeFirst();
      throw new AppError(exists ? 409 : 404, exists ? 'ticket_used' : 'ticket_not_found');
    }
    await trx
      .updateTable('campaign_events')
      .set({ check_ins: sql<number>`check_ins + 1` })
      .where('id', '=', eventId)
      .execute();
  });
}
