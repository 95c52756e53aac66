import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors/app-error.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { findUserByEmail } from './users-repository.js';

/** Login throttling policy. */
export interface LoginPolicy {
  /** Failures after which each further failure is answered more slowly. Default 3. */
  slowAfter: number;
  /** Extra delay per failure beyond `slowAfter`, in ms. Default 500. */
  slowStepMs: number;
  /** Failures that lock the account. Default 5. */
  lockAfter: number;
  /** How long a lock lasts, in minutes. Default 15. */
  lockMinutes: number;
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = { slowAfter: 3, slowStepMs: 500, lockAfter: 5, lockMinutes: 15 };

// Verifying against a real hash when the email is unknown keeps response times alike,
// so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

function lockedError(lockedUntil: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new AppError(429, 'account_locked', { minutes: Math.ceil(seconds / 60) }, { 'retry-after': String(seconds) });
}

/**
 * Checks an email and password. Wrong passwords are counted per account: from the
 * `slowAfter`-th on the answer is delayed, and at `lockAfter` the account is locked for
 * `lockMinutes` (answered with 429 and how long to wait). Success resets the count.
 */
export async function verifyLogin(
  db: Kysely<Database>,
  email: string,
  password: string,
  policy: LoginPolicy = DEFAULT_LOGIN_POLICY,
  now = new Date(),
): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user) {
    decoyHash ??= hashPassword('decoy-password-for-timing');
    await verifyPassword(await decoyHash, password);
    throw new AppError(401, 'invalid_credentials');
  }
  const lockedUntil = user.locked_until ? new Date(user.locked_until) : null;
  if (lockedUntil && lockedUntil > now) throw lockedError(lockedUntil, now);

  if (await verifyPassword(user.password_hash, password)) {
    if (user.failed_logins > 0 || user.locked_until) {
      await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    }
    return user.id;
  }

  // A lock that has run out starts a fresh count.
  const failures = (lockedUntil ? 0 : user.failed_logins) + 1;
  const lock = failures >= policy.lockAfter ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  await db
    .updateTable('users')
    .set({ failed_logins: failures, locked_until: lock?.toISOString() ?? null })
    .where('id', '=', user.id)
    .execute();
  if (failures > policy.slowAfter) await sleep(policy.slowStepMs * (failures - policy.slowAfter));
  if (lock) throw lockedError(lock, now);
  throw new AppError(401, 'invalid_credentials');
}
