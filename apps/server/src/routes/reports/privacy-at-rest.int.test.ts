import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { seedProvinces } from '../../seed/seed-provinces.js';
import { submitReport } from '../../test-support/help-fixtures.js';
import { createTestApp } from '../../test-support/test-app.js';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/database.js';

// Distinct markers, so a hit cannot be a coincidence; Vietnamese text checks UTF-8 storage too.
const SECRETS = {
  narrative: 'NARRATIVE-ZEBRA-7731 Em bị dọa tung ảnh nếu không chuyển tiền',
  conversation: 'CONVERSATION-OKAPI-1188 anh biết nhà em ở đâu',
  contact: 'CONTACT-ZALO-0987654321',
  nickname: 'NICKNAME-MEOCON',
  link: 'https://LINK-LEMUR-4455.example.top/pay',
  message: 'MESSAGE-IBEX-2024 em sợ lắm',
  reply: 'REPLY-GECKO-5150 chuyên gia đây',
};

async function fillCase(app: FastifyInstance, database: DatabaseHandle): Promise<void> {
  const r = await submitReport(app, database, {
    narrative: SECRETS.narrative,
    conversation: SECRETS.conversation,
    contact: SECRETS.contact,
    contactConsent: true,
    nickname: SECRETS.nickname,
    links: [SECRETS.link],
    provinceId: 'ha-noi',
  });
  await app.inject({ method: 'POST', url: `/api/reports/${r.code}/messages`, headers: { 'x-report-pin': r.pin }, payload: { text: SECRETS.message } });
  await database.db
    .insertInto('case_messages')
    .values({ id: 'reply-1', case_id: r.caseId, at: new Date().toISOString(), kind: 'reply', user_id: null, body_enc: app.dataCipher.encrypt(SECRETS.reply) })
    .execute();
  // Prove the contents are really there, readable through the key.
  const thread = await app.inject({ method: 'GET', url: `/api/reports/${r.code}`, headers: { 'x-report-pin': r.pin } });
  expect(thread.body).toContain('MESSAGE-IBEX-2024');
}

function expectNoSecrets(haystack: string, where: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) {
    for (const needle of [secret, secret.split(' ')[0]!]) expect(haystack.includes(needle), `${name} found in ${where}`).toBe(false);
  }
}

describe('privacy at rest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmm-privacy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no plaintext in the SQLite file, its WAL, or any row', async () => {
    const path = join(dir, 'kmm.sqlite');
    const database = openDatabase(`sqlite:${path}`);
    await migrateToLatest(database.db);
    await seedProvinces(database.db);
    const app = await buildApp({ database, sessionSecret: 'x'.repeat(32), dataKey: randomBytes(32), version: 'test', rateLimitPerMinute: 10_000 });
    try {
      await fillCase(app, database);
    } finally {
      await app.close();
      await database.close();
    }
    for (const file of readdirSync(dir)) expectNoSecrets(readFileSync(join(dir, file)).toString('utf8'), file);

    const raw = new SQLite(path, { readonly: true });
    try {
      const tables = raw.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
      for (const { name } of tables) expectNoSecrets(JSON.stringify(raw.prepare(`select * from "${name}"`).all()), `table ${name}`);
      const row = raw.prepare('select narrative_enc, contact_enc from cases').get() as Record<string, string>;
      expect(row.narrative_enc).toMatch(/^v1:/);
      expect(row.contact_enc).toMatch(/^v1:/);
    } finally {
      raw.close();
    }
  });

  it('leaves no plaintext in any PostgreSQL row', async () => {
    const t = await createTestApp('postgres');
    try {
      await fillCase(t.app, t.database);
      for (const table of ['cases', 'case_messages', 'case_events', 'case_schemes', 'audit_log', 'report_pin_failures']) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(t.database.db);
        expect(rows.rows.length, table).toBeGreaterThanOrEqual(table === 'report_pin_failures' ? 0 : 1);
        expectNoSecrets(JSON.stringify(rows.rows), `table ${table}`);
      }
    } finally {
      await t.close();
    }
  });
});
