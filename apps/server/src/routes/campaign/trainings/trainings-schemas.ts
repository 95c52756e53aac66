import { z } from 'zod';
import { TRAINING_FORMATS, TRAINING_STATUSES } from '../campaign-tables.js';
import { pageQuery } from '../list-query.js';

/** An ISO-8601 date-time with its offset, stored normalised to UTC. */
const dateTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

const startsBeforeEnd = (t: { startAt: string; endAt: string }) => t.startAt < t.endAt;
const endAfterStart = { message: 'startAt < endAt', params: { messageCode: 'end_time_before_start' }, path: ['endAt'] };

/** A school asks for a session (usually a teacher of that school). */
export const trainingRequestBody = z
  .strictObject({
    schoolId: z.string().min(1).max(80),
    format: z.enum(TRAINING_FORMATS),
    note: z.string().trim().max(1000).nullish(),
    startAt: dateTime,
    endAt: dateTime,
  })
  .refine(startsBeforeEnd, endAfterStart);

/** An organiser plans the session, possibly at another time, with one or more experts. */
export const trainingApproveBody = z
  .strictObject({ expertIds: z.array(z.string().min(1).max(80)).min(1).max(10), startAt: dateTime, endAt: dateTime })
  .refine(startsBeforeEnd, endAfterStart);

const attendance = z.number().int().min(0).max(100_000);

/** What the expert records after the session. */
export const trainingReportBody = z.strictObject({
  students: attendance,
  teachers: attendance,
  parents: attendance,
  feedbackScore: z.number().int().min(1).max(5),
});

export const training = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  provinceId: z.string(),
  format: z.enum(TRAINING_FORMATS),
  startAt: z.string(),
  endAt: z.string(),
  status: z.enum(TRAINING_STATUSES),
  students: z.number().int(),
  teachers: z.number().int(),
  parents: z.number().int(),
  feedbackScore: z.number().int().nullable(),
  note: z.string().nullable(),
  expertIds: z.array(z.string()),
});
export type Training = z.infer<typeof training>;

export const trainingsQuery = pageQuery.extend({
  provinceId: z.string().max(40).optional(),
  schoolId: z.string().max(80).optional(),
  status: z.enum(TRAINING_STATUSES).optional(),
});
