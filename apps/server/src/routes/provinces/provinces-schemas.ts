import { z } from 'zod';

/** One of the 34 provincial units, with its former names. */
export const province = z.object({
  id: z.string(),
  name: z.string(),
  nameAscii: z.string(),
  kind: z.enum(['city', 'province']),
  formerNames: z.array(z.string()),
});
