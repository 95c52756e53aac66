import { z } from 'zod';
import { SCHOOL_LEVELS, TRAINING_FORMATS } from '../campaign-tables.js';

/** A measured value against its target; the target is null where none applies (a provincial view). */
const kpi = z.object({ value: z.number().nullable(), target: z.number().nullable() });

export const dashboardQuery = z.object({ campaignId: z.string().max(80).optional() });

export const provinceRow = z.object({
  provinceId: z.string(),
  name: z.string(),
  schools: z.number(),
  schoolsReached: z.number(),
  trainingsHeld: z.number(),
  students: z.number(),
  teachers: z.number(),
  parents: z.number(),
  experts: z.number(),
  pledges: z.number(),
  eventVisitors: z.number(),
});
export type ProvinceRow = z.infer<typeof provinceRow>;

export const weekPoint = z.object({
  week: z.string(),
  trainingsHeld: z.number(),
  participants: z.number(),
  pledges: z.number(),
  posts: z.number().nullable(),
  views: z.number().nullable(),
});
export type WeekPoint = z.infer<typeof weekPoint>;

export const dashboard = z.object({
  campaign: z.object({ id: z.string(), name: z.string(), startDate: z.string(), endDate: z.string() }),
  /** The province this view is limited to; null for the national view. */
  provinceId: z.string().nullable(),
  kpis: z.object({
    schoolsReached: kpi,
    provincesReached: kpi,
    activeExperts: kpi,
    participants: z.object({ students: kpi, teachers: kpi, parents: kpi }),
    pledges: kpi,
    eventVisitors: kpi,
    views: kpi,
    influencers: kpi,
    postsPerHashtag: z.array(z.object({ hashtag: z.string(), value: z.number().nullable(), target: z.number().nullable() })),
  }),
  weekly: z.array(weekPoint),
  provinces: z.array(provinceRow),
  byFormat: z.array(z.object({ format: z.enum(TRAINING_FORMATS), trainings: z.number(), participants: z.number() })),
  byLevel: z.array(z.object({ level: z.enum(SCHOOL_LEVELS), trainings: z.number(), students: z.number() })),
  pledgesByBand: z.array(z.object({ band: z.string(), count: z.number() })),
  /** Why some values are null (social reach is national, not per province). */
  notes: z.array(z.string()),
});
export type Dashboard = z.infer<typeof dashboard>;

/** A count shown to the public: null when under the threshold, so small groups are not singled out. */
const publicCount = z.number().nullable();

export const publicCounters = z.object({
  campaign: z.object({ name: z.string(), startDate: z.string(), endDate: z.string() }).nullable(),
  schoolsReached: publicCount,
  provincesReached: publicCount,
  participants: publicCount,
  pledges: publicCount,
  eventVisitors: publicCount,
  views: publicCount,
  /** Present when a count was withheld. */
  note: z.string().nullable(),
});

export const drillSchoolsQuery = z.object({
  campaignId: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const drillSchool = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(SCHOOL_LEVELS),
  trainingsHeld: z.number(),
  participants: z.number(),
  lastTrainingAt: z.string().nullable(),
});
