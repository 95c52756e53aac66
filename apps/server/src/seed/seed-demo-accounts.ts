import type { Kysely } from 'kysely';
import { generatePassword } from '../accounts/password-hasher.js';
import { countUsers, createUser } from '../accounts/users-repository.js';
import { ROLES, type Database, type Role } from '../db/schema.js';

/** A demo account with the password generated for it (shown once, never stored in clear). */
export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

const DISPLAY_NAMES: Record<Role, string> = {
  student: 'Học sinh demo',
  parent: 'Phụ huynh demo',
  teacher: 'Giáo viên demo',
  expert: 'Chuyên gia tư vấn demo',
  organizer: 'Ban tổ chức demo',
  admin: 'Quản trị viên demo',
};

/**
 * On an empty database, creates one account per role with a freshly generated password
 * and returns them so the caller can print them once; returns [] when accounts exist.
 */
export async function seedDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  if ((await countUsers(db)) > 0) return [];
  const accounts: DemoAccount[] = [];
  for (const role of ROLES) {
    const account = { role, email: `${role}@demo.khongmotminh.vn`, password: generatePassword() };
    await createUser(db, { ...account, displayName: DISPLAY_NAMES[role], provinceId: role === 'organizer' || role === 'expert' ? 'ha-noi' : null });
    accounts.push(account);
  }
  return accounts;
}
