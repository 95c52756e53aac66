import { z } from 'zod';

/** Ids of quizzes, questions, choices and lessons: lowercase letters, digits, `-` and `_`. */
export const contentId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, - and _');
