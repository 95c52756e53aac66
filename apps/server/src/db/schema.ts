import type { Generated } from 'kysely';

/**
 * Tables as the application sees them. Timestamps are ISO-8601 UTC strings and booleans
 * are 0/1 integers, so one set of queries reads the same on SQLite and PostgreSQL.
 */
export interface Database {
  provinces: ProvincesTable;
  users: UsersTable;
  sessions: SessionsTable;
}

export interface ProvincesTable {
  id: string;
  name: string;
  name_ascii: string;
  kind: 'city' | 'province';
  /** JSON array of the former (pre-2025) unit names merged into this one. */
  former_names: string;
}

export const ROLES = ['student', 'parent', 'teacher', 'expert', 'organizer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  /** Scope of organisers and experts; null means national. */
  province_id: string | null;
  failed_logins: Generated<number>;
  locked_until: string | null;
  created_at: string;
}

export interface SessionsTable {
  sid: string;
  data: string;
  expires_at: string;
}
