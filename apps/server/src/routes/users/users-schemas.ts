import { z } from 'zod';
import { ROLES } from '../../db/schema.js';

/** An account as the admins' list shows it. */
export const userRow = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  provinceId: z.string().nullable(),
  locked: z.boolean(),
  createdAt: z.string(),
});
