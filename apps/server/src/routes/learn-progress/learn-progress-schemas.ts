import { z } from 'zod';

/** One completed item of a learner's progress. */
export const progressItem = z.object({
  kind: z.enum(['scenario', 'quiz', 'lesson']),
  id: z.string().min(1).max(120),
  outcome: z.enum(['safe', 'unsafe']).optional(),
  score: z.number().int().min(0).max(1000).optional(),
  total: z.number().int().min(1).max(1000).optional(),
  completedAt: z.iso.datetime(),
});
export const progressList = z.object({ items: z.array(progressItem).max(2_000) });
