/** Ending knots are named with this prefix (`=== ending_safe_told ===`). */
export const ENDING_PREFIX = 'ending_';

/** Decisions the learner makes on every path before an ending. */
export const MIN_CHOICES_PER_PATH = 3;

/** Debrief lines after each outcome. */
export const MIN_DEBRIEF_LINES = 2;

/** Distinct endings a scenario offers. */
export const MIN_ENDINGS = 2;
