import type { Outcome, Speaker } from './ink-tags.js';

/** One message of the simulated chat, as shown in a bubble. */
export interface ChatLine {
  from: Speaker;
  text: string;
  /** Red flags (signal ids) the author marked on this line. */
  flags: string[];
  /** Typing time before it appears, in ms (only meaningful for `them`). */
  delay: number;
  /** Simulated clock, "HH:MM". */
  time: string;
}

/** Everything a play-through produced so far: what it shows and how it ended. */
export interface Transcript {
  lines: ChatLine[];
  /** The author's debrief lines, after the ending. */
  debrief: string[];
  outcome?: Outcome;
}

/** An empty transcript, before the first line. */
export const EMPTY_TRANSCRIPT: Transcript = { lines: [], debrief: [] };

/** The simulated clock starts at 20:15, an evening when children are often alone online. */
export const CLOCK_START_MINUTES = 20 * 60 + 15;

/** The time shown on the `index`-th message: one minute per message from 20:15, wrapping at midnight. */
export function clockAt(index: number, start = CLOCK_START_MINUTES): string {
  const minutes = (((start + index) % 1440) + 1440) % 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** The them/me lines a detector can read, and where each came from in the transcript. */
export interface DetectorMessages {
  messages: { from: 'them' | 'me'; text: string }[];
  /** `lineOf[i]` is the transcript index of `messages[i]`. */
  lineOf: number[];
}

/** The conversation part of a transcript (narration left out), for `analyze({messages})`. */
export function detectorMessages(transcript: Transcript): DetectorMessages {
  const messages: DetectorMessages['messages'] = [];
  const lineOf: number[] = [];
  transcript.lines.forEach((line, index) => {
    if (line.from === 'system') return;
    messages.push({ from: line.from, text: line.text });
    lineOf.push(index);
  });
  return { messages, lineOf };
}
