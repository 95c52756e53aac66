import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CurrentUser } from '../../plugins/app/access-control.js';

/** The columns visibility depends on. */
export interface ScopedCase {
  assigned_to: string | null;
  province_id: string | null;
}

/**
 * Who may see a case: admins every case; a counsellor the cases assigned to them and the
 * unassigned cases of their province (every unassigned case when their scope is national).
 * Organisers never reach this: their routes give aggregates only.
 */
export function canSeeCase(user: CurrentUser, row: ScopedCase): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'expert') return false;
  if (row.assigned_to === user.id) return true;
  return row.assigned_to === null && (user.provinceId === null || row.province_id === user.provinceId);
}

/** {@link canSeeCase} as a SQL condition on `cases`. */
export function caseScope(user: CurrentUser): (eb: ExpressionBuilder<Database, 'cases'>) => Expression<SqlBool> {
  return (eb) => {
    if (user.role === 'admin') return eb.lit(true);
    if (user.role !== 'expert') return eb.lit(false);
    const unassigned = user.provinceId === null
      ? eb('assigned_to', 'is', null)
      : eb.and([eb('assigned_to', 'is', null), eb('province_id', '=', user.provinceId)]);
    return eb.or([eb('assigned_to', '=', user.id), unassigned]);
  };
}
