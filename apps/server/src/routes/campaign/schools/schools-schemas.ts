import { z } from 'zod';
import { SCHOOL_LEVELS } from '../campaign-tables.js';
import { pageQuery } from '../list-query.js';

export const schoolBody = z.strictObject({
  /** The school's natural key: posting the same code again updates the school. */
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  level: z.enum(SCHOOL_LEVELS),
  provinceId: z.string().min(1).max(40),
  address: z.string().trim().max(300).nullish(),
});
export type SchoolInput = z.infer<typeof schoolBody>;

export const school = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(SCHOOL_LEVELS),
  provinceId: z.string(),
  address: z.string().nullable(),
});
export type School = z.infer<typeof school>;

/** A school in the organisers' list, with the trainings it has held. */
export const schoolRow = school.extend({ trainingsHeld: z.number().int() });
export type SchoolRow = z.infer<typeof schoolRow>;

export const schoolsQuery = pageQuery.extend({
  provinceId: z.string().max(40).optional(),
  level: z.enum(SCHOOL_LEVELS).optional(),
  /** Part of the name (without case or diacritics) or of the code. */
  q: z.string().trim().max(100).optional(),
});
