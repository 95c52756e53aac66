import { BANDS } from '@kmm/content';
import { z } from 'zod';

/** `POST /api/certificates`: the name exactly as it should be printed, and the track finished. */
export const issueBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  band: z.enum(BANDS),
  /** Ids of the scenarios and quizzes the learner finished (their progress may live only on the device). */
  completed: z.array(z.string().max(120)).max(500),
});

/** `GET /api/certificates/:code`: a valid certificate's public details. */
export const verification = z.object({ valid: z.literal(true), name: z.string(), band: z.enum(BANDS), track: z.string(), issuedAt: z.string() });
