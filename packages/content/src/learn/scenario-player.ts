import { Story } from 'inkjs/engine/Story';
import { readLineTags, type LineTags } from './read-line-tags.js';

/** One line of a scenario as a player shows it. */
export interface PlayedLine extends LineTags {
  text: string;
}

/** What happens until the learner must choose: the lines to show, then the choices (none at the end). */
export interface PlayedTurn {
  lines: PlayedLine[];
  /** Button texts, in order; choose one with {@link ScenarioPlayer.choose}. Empty when the story is over. */
  choices: string[];
}

/**
 * Plays a compiled scenario turn by turn, with each line's tags already read (speaker,
 * delay, flags, outcome, debrief), for the terminal and the web preview alike.
 *
 * @example
 * const player = new ScenarioPlayer(scenario.storyJson);
 * let turn = player.next();
 * while (turn.choices.length > 0) turn = (player.choose(0), player.next());
 */
export class ScenarioPlayer {
  readonly #story: Story;
  readonly #globalTags: string[];
  #started = false;

  /** @param storyJson a scenario's `storyJson` (see `compileScenario`) */
  constructor(storyJson: string) {
    this.#story = new Story(storyJson);
    this.#globalTags = this.#story.globalTags ?? [];
  }

  /** Plays the lines up to the next choice or the end. */
  next(): PlayedTurn {
    const lines: PlayedLine[] = [];
    while (this.#story.canContinue) {
      const text = (this.#story.Continue() ?? '').trim();
      let tags = this.#story.currentTags ?? [];
      // inkjs repeats the file's global tags on the first line; they describe the file, not the line.
      if (!this.#started && this.#globalTags.every((tag, i) => tags[i] === tag)) tags = tags.slice(this.#globalTags.length);
      this.#started = true;
      if (text) lines.push({ text, ...readLineTags(tags).tags });
    }
    return { lines, choices: this.#story.currentChoices.map((choice) => choice.text) };
  }

  /** Takes choice `index` (0-based) of the last turn. */
  choose(index: number): void {
    this.#story.ChooseChoiceIndex(index);
  }
}
