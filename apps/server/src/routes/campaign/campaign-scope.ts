import type { CurrentUser } from '../../plugins/app/access-control.js';
import type { Role } from '../../db/schema.js';
import { AppError } from '../../errors/app-error.js';

/** Campaign staff: organisers (national or provincial) and admins (always national). */
export const CAMPAIGN_STAFF: readonly Role[] = ['organizer', 'admin'];

/**
 * The province a user's campaign work is limited to, or null for national scope. Admins are
 * national; organisers, teachers and experts are limited to their province when they have one.
 */
export function provinceScope(user: CurrentUser): string | null {
  return user.role === 'admin' ? null : user.provinceId;
}

/** Throws 403 when `provinceId` lies outside the user's scope. */
export function assertInScope(user: CurrentUser, provinceId: string): void {
  const scope = provinceScope(user);
  if (scope !== null && scope !== provinceId) throw new AppError(403, 'out_of_province');
}

/** The signed-in user of a route whose access already requires one. */
export function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AppError(401, 'unauthenticated');
  return user;
}
