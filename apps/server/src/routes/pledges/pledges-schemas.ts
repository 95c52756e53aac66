import { BANDS } from '@kmm/content';
import { z } from 'zod';

export const pledgeBody = z.strictObject({
  firstName: z.string().trim().max(40).optional(),
  school: z.string().trim().max(120).optional(),
  provinceId: z.string().min(1).max(40),
  band: z.enum(BANDS),
  /** A random id the device keeps, so it pledges once; only its hash is stored. */
  deviceId: z.string().min(16).max(100),
});

/** The answer to a new pledge: the counters it moved. */
export const pledgeCreated = z.object({ total: z.number().int(), province: z.object({ id: z.string(), count: z.number().int() }) });

export const pledgeCounts = z.object({
  total: z.number().int(),
  byProvince: z.array(z.object({ provinceId: z.string(), count: z.number().int() })),
});
