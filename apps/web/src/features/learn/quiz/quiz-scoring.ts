import type { QuizQuestion } from '@kmm/content';

/** Whether the chosen answers are exactly the correct ones (all of them for a multiple-choice question). */
export function isCorrect(question: QuizQuestion, chosen: readonly string[]): boolean {
  const correct = question.choices.filter((c) => c.correct).map((c) => c.id);
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((id) => picked.has(id));
}

/** A score as a whole percentage (0 when there are no questions). */
export function percent(score: number, total: number): number {
  return total > 0 ? Math.round((score / total) * 100) : 0;
}
