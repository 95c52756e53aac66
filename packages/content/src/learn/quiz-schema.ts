import { z } from 'zod';
import { contentId } from './content-id.js';
import { BANDS, STRANDS } from './learn-types.js';
import { SCHEME_IDS, SIGNAL_IDS } from './taxonomy-ids.js';

const text = z.string().trim().min(1, 'must not be empty');
const localized = z.strictObject({ vi: text, en: text });

const choice = z.strictObject({ id: contentId, text: localized, correct: z.boolean(), explanation: localized });

const question = z
  .strictObject({
    id: contentId,
    kind: z.enum(['single', 'multiple']),
    prompt: localized,
    message: z.strictObject({ from: z.enum(['them', 'me']), text }).optional(),
    choices: z.array(choice).min(3, 'a question has 3 or 4 choices').max(4, 'a question has 3 or 4 choices'),
    schemes: z.array(z.enum(SCHEME_IDS, 'not a scheme id of the taxonomy (docs/taxonomy.md)')),
    signals: z.array(z.enum(SIGNAL_IDS, 'not a signal id of the taxonomy (docs/taxonomy.md)')),
  })
  .superRefine((q, context) => {
    const correct = q.choices.filter((c) => c.correct).length;
    if (q.kind === 'single' && correct !== 1) {
      context.addIssue({ code: 'custom', path: ['choices'], message: `a "single" question has exactly one correct choice (found ${correct})` });
    }
    if (q.kind === 'multiple' && correct < 2) {
      context.addIssue({ code: 'custom', path: ['choices'], message: `a "multiple" question has at least two correct choices (found ${correct})` });
    }
    duplicateIds(q.choices).forEach((index) => context.addIssue({ code: 'custom', path: ['choices', index, 'id'], message: 'choice id repeated in this question' }));
  });

/**
 * A quiz file (`quizzes/<band>--<strand>.json`): questions with 3–4 choices, each explained
 * in both languages; "single" questions have one correct choice, "multiple" at least two.
 */
export const quizSchema = z
  .strictObject({
    id: contentId,
    band: z.enum(BANDS),
    strand: z.enum(STRANDS),
    title: localized,
    questions: z.array(question).min(1, 'a quiz has at least one question'),
  })
  .superRefine((quiz, context) => {
    duplicateIds(quiz.questions).forEach((index) => context.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: 'question id repeated in this quiz' }));
  });

/** Indexes of items whose id was already used by an earlier item. */
function duplicateIds(items: readonly { id: string }[]): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => (seen.has(item.id) ? [index] : (seen.add(item.id), [])));
}
