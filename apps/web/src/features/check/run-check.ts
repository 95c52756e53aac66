import { analyze, parseChat, type AnalysisResult, type ParsedMessage } from '@kmm/detector';
import { cachedIndicatorSet } from '../indicators/index.js';

/** What the page can check: the four tabs. */
export const CHECK_KINDS = ['message', 'conversation', 'link', 'phone'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** One check: what was typed, the detector's answer, and for a chat its parsed turns. */
export interface CheckOutcome {
  kind: CheckKind;
  /** The input exactly as analysed: evidence offsets index this string. */
  input: string;
  result: AnalysisResult;
  /** For a conversation: turn `i` is `messages[i]` of the analysis (evidence `message: i`). */
  turns?: ParsedMessage[];
}

/**
 * Runs the detector on this device: no network. A conversation is split into turns with
 * `parseChat` and analysed as messages, so the reader's own lines are not held against them.
 */
export function runCheck(kind: CheckKind, input: string): CheckOutcome {
  // Numbers, sites and phrases confirmed by counsellors (the copy cached on this device) become evidence.
  const options = { indicators: cachedIndicatorSet() };
  switch (kind) {
    case 'message':
      return { kind, input, result: analyze({ text: input }, options) };
    case 'conversation': {
      const turns = parseChat(input).messages;
      const result = analyze({ messages: turns.map((t) => ({ from: t.from, text: t.text })) }, options);
      return { kind, input, result, turns };
    }
    case 'link':
      return { kind, input, result: analyze({ url: input.trim() }, options) };
    case 'phone':
      return { kind, input, result: analyze({ phone: input.trim() }, options) };
  }
}
