import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role, UsersTable } from '../db/schema.js';
import { hashPassword } from './password-hasher.js';

/** Fields needed to create an account. */
export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
  provinceId?: string | null;
}

/** A user row without its password hash, for listings. */
export type PublicUser = Omit<UsersTable, 'password_hash' | 'failed_logins'> & { failed_logins: number };

/** Normalises an email for lookup and uniqueness: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates an account with an argon2id password hash; returns its id. */
export async function createUser(db: Kysely<Database>, user: NewUser): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: normalizeEmail(user.email),
      display_name: user.displayName,
      role: user.role,
      password_hash: await hashPassword(user.password),
      province_id: user.provinceId ?? null,
      locked_until: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** Finds a user, hash included, by email (case-insensitive). */
export function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

/** Lists users for administrators, newest first, never with password hashes. */
export function listUsers(db: Kysely<Database>): Promise<PublicUser[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'province_id', 'failed_logins', 'locked_until', 'created_at'])
    .orderBy('created_at', 'desc')
    .orderBy('email')
    .execute();
}

/** How many accounts exist. */
export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
