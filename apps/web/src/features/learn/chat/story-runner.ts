import { Story } from 'inkjs';
import { parseLineTags } from './ink-tags.js';
import { clockAt, EMPTY_TRANSCRIPT, type ChatLine, type Transcript } from './transcript.js';

/** A choice the learner can make now. */
export interface StoryChoice {
  index: number;
  text: string;
}

/** The minimal part of an inkjs Story the runner uses (lets tests pass a compiled story). */
export type InkStory = Pick<Story, 'canContinue' | 'Continue' | 'currentTags' | 'currentChoices' | 'globalTags' | 'ChooseChoiceIndex' | 'state'>;

function startsWith(tags: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= tags.length && prefix.every((tag, i) => tags[i] === tag);
}

/**
 * Runs the story until it waits for a choice or ends, appending what it says to the
 * transcript (a new object; the input is not changed). The story's global tags, which
 * inkjs also puts on the first line, are dropped there.
 */
export function continueStory(story: InkStory, transcript: Transcript): Transcript {
  const lines: ChatLine[] = [...transcript.lines];
  const debrief = [...transcript.debrief];
  let outcome = transcript.outcome;
  let first = transcript.lines.length === 0 && transcript.debrief.length === 0;
  const globals = first ? (story.globalTags ?? []) : [];
  while (story.canContinue) {
    const text = (story.Continue() ?? '').trim();
    let tags = story.currentTags ?? [];
    if (first && startsWith(tags, globals)) tags = tags.slice(globals.length);
    first = false;
    if (text === '') continue;
    const meta = parseLineTags(tags);
    if (meta.debrief) {
      debrief.push(text);
      continue;
    }
    if (meta.outcome) outcome = meta.outcome;
    lines.push({ from: meta.from, text, flags: meta.flags, delay: meta.delay, time: clockAt(lines.length) });
  }
  return outcome === undefined ? { lines, debrief } : { lines, debrief, outcome };
}

/** The choices the story offers now (none once it has ended). */
export function currentChoices(story: InkStory): StoryChoice[] {
  return story.currentChoices.map((choice) => ({ index: choice.index, text: choice.text }));
}

/** Whether the story has nothing more to say and nothing to choose. */
export function hasEnded(story: InkStory): boolean {
  return !story.canContinue && story.currentChoices.length === 0;
}

/** A play-through in progress: the story, what it said, and what can be chosen. */
export interface Play {
  story: Story;
  transcript: Transcript;
  choices: StoryChoice[];
  ended: boolean;
  /** How many choices were made in this session (0 right after starting or resuming). */
  steps: number;
}

/** Starts a story from its first line. Throws when `storyJson` is not a compiled ink story. */
export function startPlay(storyJson: string): Play {
  const story = new Story(storyJson);
  const transcript = continueStory(story, EMPTY_TRANSCRIPT);
  return { story, transcript, choices: currentChoices(story), ended: hasEnded(story), steps: 0 };
}

/** Picks a choice and runs the story to its next stop. */
export function choose(play: Play, index: number): Play {
  play.story.ChooseChoiceIndex(index);
  const transcript = continueStory(play.story, play.transcript);
  return { story: play.story, transcript, choices: currentChoices(play.story), ended: hasEnded(play.story), steps: play.steps + 1 };
}

/** Restores a saved play-through; null when the save no longer fits the story (content changed). */
export function resumePlay(storyJson: string, storyState: string, transcript: Transcript): Play | null {
  try {
    const story = new Story(storyJson);
    story.state.LoadJson(storyState);
    return { story, transcript, choices: currentChoices(story), ended: hasEnded(story), steps: 0 };
  } catch {
    return null;
  }
}
