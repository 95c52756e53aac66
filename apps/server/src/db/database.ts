import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance, which engine it is, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** For SQLite: the file path (used by backups); absent for PostgreSQL. */
  sqlitePath?: string;
  /** For PostgreSQL with a non-default schema: its name. */
  pgSchema?: string;
  close(): Promise<void>;
}

// COUNT(*) and BIGINT columns arrive as strings from pg by default; all our counts fit in 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/** Options for {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** PostgreSQL only: schema to use instead of `public` (tests isolate each run this way). */
  pgSchema?: string;
  /** PostgreSQL only: pool size. Default 10. */
  poolSize?: number;
}

/**
 * Opens the database named by a URL: `postgres://…`/`postgresql://…` for PostgreSQL,
 * otherwise SQLite (`sqlite:path`, a bare path, or `:memory:`), in WAL mode.
 */
export function openDatabase(url: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}), close: () => db.destroy() };
  }
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    ...(path === ':memory:' ? {} : { sqlitePath: resolve(path) }),
    close: () => db.destroy(),
  };
}
