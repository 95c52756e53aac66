import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig, migrateToLatest, openDatabase, seedProvinces, type DatabaseHandle } from '@kmm/server';

async function withDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(loadConfig().DATABASE_URL);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** `kmm migrate`: apply pending migrations. */
export async function migrateCommand(): Promise<void> {
  const applied = await withDatabase((h) => migrateToLatest(h.db));
  console.log(applied.length ? `Đã áp dụng / Applied: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã mới nhất / Already up to date');
}

/** `kmm seed`: migrate, then insert or update the reference data (34 provinces). */
export async function seedCommand(): Promise<void> {
  const count = await withDatabase(async (h) => {
    await migrateToLatest(h.db);
    return seedProvinces(h.db);
  });
  console.log(`Đã nạp ${count} tỉnh/thành / Seeded ${count} provinces`);
}

/** `kmm backup FILE`: a consistent online copy of the SQLite database. */
export async function backupCommand(file: string): Promise<void> {
  const handle = openDatabase(loadConfig().DATABASE_URL);
  const source = handle.sqlitePath;
  await handle.close();
  if (handle.dialect === 'postgres') {
    console.error('Cơ sở dữ liệu là PostgreSQL: hãy dùng pg_dump, ví dụ `pg_dump "$DATABASE_URL" > backup.sql`.');
    console.error('The database is PostgreSQL: use pg_dump, e.g. `pg_dump "$DATABASE_URL" > backup.sql`.');
    process.exitCode = 2;
    return;
  }
  if (!source || !existsSync(source)) throw new Error('No SQLite database file to back up yet; start the product once first.');
  const target = resolve(file);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  // better-sqlite3's backup uses SQLite's online backup API: safe while the server runs.
  const sqlite = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await sqlite.backup(target);
  } finally {
    sqlite.close();
  }
  console.log(`Đã sao lưu vào / Backed up to ${target}`);
}
