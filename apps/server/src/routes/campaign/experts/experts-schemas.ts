import { z } from 'zod';
import { pageQuery } from '../list-query.js';

export const expertBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(200).nullish(),
  /** Province ids the expert works in; the first is the home province. */
  provinces: z.array(z.string().min(1).max(40)).min(1).max(34),
  topics: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  /** Free text, e.g. "Thứ Bảy, Chủ nhật; tối các ngày trong tuần". */
  availability: z.string().trim().max(300).nullish(),
  /** The expert's account, when they have one (they then see and report their trainings). */
  userId: z.string().max(80).nullish(),
});
export type ExpertInput = z.input<typeof expertBody>;

export const expert = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  provinces: z.array(z.string()),
  topics: z.array(z.string()),
  availability: z.string().nullable(),
  userId: z.string().nullable(),
});
export type Expert = z.infer<typeof expert>;

export const expertsQuery = pageQuery.extend({
  provinceId: z.string().max(40).optional(),
  /** One topic, as listed by `GET experts/topics`. */
  topic: z.string().trim().max(80).optional(),
  /** Part of the name (without case or diacritics) or of the e-mail. */
  q: z.string().trim().max(100).optional(),
});

export const topicsQuery = z.object({ provinceId: z.string().max(40).optional() });

export const topicCounts = z.object({ topics: z.array(z.object({ topic: z.string(), experts: z.number().int() })) });
