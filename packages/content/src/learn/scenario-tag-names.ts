/** Tags written once at the top of a scenario file (`# scheme:` may repeat). */
export const GLOBAL_TAG_NAMES = ['title', 'title_en', 'band', 'strand', 'scheme', 'contact', 'platform', 'minutes'] as const;

/** Tags written on a line of a scenario. */
export const LINE_TAG_NAMES = ['from', 'delay', 'flag', 'outcome', 'debrief'] as const;

/** The longest pause before a line, in milliseconds (`# delay:`). */
export const MAX_DELAY_MS = 10_000;
