import { z } from 'zod';
import { ROLES } from '../../db/schema.js';

export const loginBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const sessionUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  provinceId: z.string().nullable(),
});

export const sessionResponse = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string(),
});
