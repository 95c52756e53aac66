import type { Band, LearnCatalog } from '@kmm/content';
import { itemKey, passed, type ProgressItem } from './learn-progress.js';

/** Where a learner stands on one item of a track. */
export interface TrackItemStatus {
  id: string;
  /** Scenario: played to any ending; quiz: taken; lesson: marked as read. */
  done: boolean;
  /** For quizzes: the best score reached the pass mark. */
  passed: boolean;
  item?: ProgressItem;
}

/** A band's track and the learner's progress on it. */
export interface TrackStatus {
  band: Band;
  lessons: TrackItemStatus[];
  scenarios: TrackItemStatus[];
  quizzes: TrackItemStatus[];
  /** Items that count for the badge: scenarios played and quizzes passed. */
  doneCount: number;
  requiredCount: number;
  /** All scenarios played to an ending and all quizzes passed (≥ 60 %). */
  complete: boolean;
  /** Ids of the scenarios and quizzes done, for the certificate. */
  completedIds: string[];
}

/** Indexes progress by kind and id. */
export function progressIndex(items: readonly ProgressItem[]): Map<string, ProgressItem> {
  return new Map(items.map((item) => [itemKey(item), item]));
}

/** The status of a band's track: what is done, what is left, and whether the badge is earned. */
export function trackStatus(catalog: LearnCatalog, band: Band, items: readonly ProgressItem[]): TrackStatus {
  const index = progressIndex(items);
  const lessons = catalog.lessons
    .filter((l) => l.band === band)
    .map((l) => {
      const item = index.get(itemKey({ kind: 'lesson', id: l.id }));
      return { id: l.id, done: !!item, passed: !!item, ...(item && { item }) };
    });
  const scenarios = catalog.scenarios
    .filter((s) => s.band === band)
    .map((s) => {
      const item = index.get(itemKey({ kind: 'scenario', id: s.id }));
      return { id: s.id, done: !!item, passed: !!item, ...(item && { item }) };
    });
  const quizzes = catalog.quizzes
    .filter((q) => q.band === band)
    .map((q) => {
      const item = index.get(itemKey({ kind: 'quiz', id: q.id }));
      return { id: q.id, done: !!item, passed: passed(item), ...(item && { item }) };
    });
  const required = [...scenarios, ...quizzes];
  const doneCount = required.filter((r) => r.passed).length;
  return {
    band,
    lessons,
    scenarios,
    quizzes,
    doneCount,
    requiredCount: required.length,
    complete: required.length > 0 && doneCount === required.length,
    completedIds: required.filter((r) => r.passed).map((r) => r.id),
  };
}
