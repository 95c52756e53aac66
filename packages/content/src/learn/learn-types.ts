/**
 * The learning catalog's shapes, shared by the content build (Node), the web app and the
 * server. Ids of schemes and signals are those of docs/taxonomy.md.
 */

/** Age bands, youngest first. */
export const BANDS = ['primary', 'lower_secondary', 'upper_secondary', 'university', 'parents'] as const;
export type Band = (typeof BANDS)[number];

/** The bands whose learners are students themselves (every band but parents). */
export const STUDENT_BANDS = ['primary', 'lower_secondary', 'upper_secondary', 'university'] as const satisfies readonly Band[];

/** Curriculum strands, in the spirit of UKCIS "Education for a Connected World". */
export const STRANDS = ['scams', 'grooming', 'manipulation', 'online_kidnapping', 'privacy'] as const;
export type Strand = (typeof STRANDS)[number];

/** Where a scenario's conversation takes place (the `# platform:` tag). */
export const PLATFORMS = ['zalo', 'messenger', 'tiktok', 'sms', 'discord', 'roblox', 'phone_call', 'instagram', 'telegram'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Who says a line of a scenario (the `# from:` tag): the other party, the learner, or the narrator. */
export const SPEAKERS = ['them', 'me', 'system'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** How a scenario ending turned out (the `# outcome:` tag). */
export const OUTCOMES = ['safe', 'unsafe'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface LocalizedText {
  vi: string;
  en: string;
}

/** A compiled chat simulation. */
export interface Scenario {
  id: string;
  title: LocalizedText;
  band: Band;
  strand: Strand;
  /** Scheme ids (taxonomy). */
  schemes: string[];
  /** Display name of the other party in the chat. */
  contact: string;
  platform: string;
  minutes: number;
  /** inkjs story JSON, as produced by the compiler; run it with `new Story(storyJson)`. */
  storyJson: string;
}

export interface QuizChoice {
  id: string;
  text: LocalizedText;
  correct: boolean;
  explanation: LocalizedText;
}

export interface QuizQuestion {
  id: string;
  kind: 'single' | 'multiple';
  prompt: LocalizedText;
  message?: { from: 'them' | 'me'; text: string };
  choices: QuizChoice[];
  schemes: string[];
  signals: string[];
}

export interface Quiz {
  id: string;
  band: Band;
  strand: Strand;
  title: LocalizedText;
  questions: QuizQuestion[];
}

export interface Lesson {
  id: string;
  band: Band;
  strand: Strand;
  title: LocalizedText;
  minutes: number;
  schemes: string[];
  quizzes: string[];
  scenarios: string[];
  summary: string;
  /** Markdown body (Vietnamese). */
  body: string;
}

/** Everything the Learn pillar shows, validated and compiled at build time. */
export interface LearnCatalog {
  scenarios: Scenario[];
  quizzes: Quiz[];
  lessons: Lesson[];
}

/** How much content a catalog holds. */
export interface LearnCatalogStats {
  scenarios: number;
  quizzes: number;
  /** Questions over all quizzes. */
  questions: number;
  lessons: number;
}

/** A content problem, located so an author can fix it. */
export interface ContentError {
  /** Path of the file, relative to the content directory (`scenarios/x.ink`). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  message: string;
}
