/**
 * Shapes of the people-facing catalog: names, explanations and advice for every id of the
 * taxonomy (docs/taxonomy.md). Vietnamese first, English second; both must say the same thing.
 */

/** A text in Vietnamese (shown first) and its English equivalent. */
export interface Localized {
  vi: string;
  en: string;
}

/** The only phone numbers the catalog may point people to (see `HELP_LINES`). */
export type HelpLine = '111' | '113' | '115' | '156' | '5656';

/**
 * One concrete thing to do now. The interface numbers the steps in the order given.
 * `id` is unique across the whole catalog and stable, so lessons and analytics can refer to it.
 * When `helpLine` is set, the interface shows a call button for that number next to the step.
 */
export interface AdviceStep {
  id: string;
  text: Localized;
  helpLine?: HelpLine;
}

/** What a scheme (trick) is called, how to explain it to a 12-year-old, and what to do. */
export interface SchemeInfo {
  name: Localized;
  /** One sentence a 12-year-old understands. */
  explanation: Localized;
  /** 3–5 steps for the child, addressed as "em". */
  childAdvice: AdviceStep[];
  /** 3–5 steps for the parent or teacher. */
  parentAdvice: AdviceStep[];
}

/** A red flag a person can learn to see. */
export interface SignalInfo {
  name: Localized;
  explanation: Localized;
  /** A short question a child can ask themselves when they see this red flag. */
  question: Localized;
}

/** How a risk level is named and summarised to the person reading a result. */
export interface RiskInfo {
  name: Localized;
  summary: Localized;
}

/** A help line to call or text. */
export interface HelpLineInfo {
  /** The number exactly as dialled. */
  number: string;
  name: Localized;
  description: Localized;
}
