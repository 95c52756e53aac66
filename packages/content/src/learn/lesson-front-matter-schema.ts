import { z } from 'zod';
import { contentId } from './content-id.js';
import { BANDS, STRANDS } from './learn-types.js';
import { SCHEME_IDS } from './taxonomy-ids.js';

const text = z.string().trim().min(1, 'must not be empty');

/**
 * The YAML front matter of a lesson (`lessons/<band>/<strand>.md`). `quizzes` and
 * `scenarios` hold ids of quizzes and scenarios that must exist; `scenarios` defaults to none.
 */
export const lessonFrontMatterSchema = z.strictObject({
  id: contentId,
  band: z.enum(BANDS),
  strand: z.enum(STRANDS),
  title: text,
  title_en: text,
  minutes: z.int().min(1).max(120),
  schemes: z.array(z.enum(SCHEME_IDS, 'not a scheme id of the taxonomy (docs/taxonomy.md)')),
  quizzes: z.array(contentId),
  summary: text,
  scenarios: z.array(z.string()).default([]),
});
