import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase } from '@kmm/server';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kmm-purge-'));
const bin = join(import.meta.dirname, '../../bin/kmm.js');
const dbFile = join(dir, 'kmm.sqlite');
const env = { ...process.env, DATABASE_URL: `sqlite:${dbFile}`, KMM_VAR_DIR: dir, KMM_RETENTION_DAYS: '30' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kmm = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });

function insertClosedCase(id: string, closedDaysAgo: number): void {
  const db = new Database(dbFile);
  const closedAt = new Date(Date.now() - closedDaysAgo * 86_400_000).toISOString();
  db.prepare(
    `insert into cases (id, code, pin_hash, status, urgency, urgency_rank, risk_rank, age_rank, week, emergency, contact_consent,
       referral_consent, pdq_hashes, narrative_enc, contact_enc, created_at, due_at, updated_at, closed_at)
     values (?, ?, 'h', 'closed', 'normal', 2, 4, 3, '2025-W01', 0, 1, 0, '[]', 'v1:a:b:c', 'v1:d:e:f', ?, ?, ?, ?)`,
  ).run(id, `KM-${id}`, closedAt, closedAt, closedAt, closedAt);
  db.close();
}

describe('kmm purge', () => {
  it('erases the contents of cases closed longer ago than KMM_RETENTION_DAYS', { timeout: 60_000 }, async () => {
    const handle = openDatabase(env.DATABASE_URL);
    await migrateToLatest(handle.db);
    await handle.close();
    insertClosedCase('OLD0-0000', 31);
    insertClosedCase('NEW0-0000', 29);
    const r = kmm(['purge']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Erased the contents of 1 cases closed over 30 days ago');
    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare('select id, narrative_enc, contact_enc, purged_at from cases order by id').all() as Record<string, string | null>[];
    db.close();
    expect(rows.map((row) => [row.id, row.narrative_enc, row.contact_enc, row.purged_at !== null])).toEqual([
      ['NEW0-0000', 'v1:a:b:c', 'v1:d:e:f', false],
      ['OLD0-0000', null, null, true],
    ]);
  });
});
