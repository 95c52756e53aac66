import { ControlCommand } from 'inkjs/engine/ControlCommand';
import type { InkObject } from 'inkjs/engine/Object';
import { Path } from 'inkjs/engine/Path';
import type { Story } from 'inkjs/engine/Story';
import { StringValue } from 'inkjs/engine/Value';
import { OUTCOMES, type ContentError, type Outcome } from './learn-types.js';
import { parseInkMessage } from './parse-ink-message.js';
import { readLineTags } from './read-line-tags.js';
import { ENDING_PREFIX, MIN_CHOICES_PER_PATH, MIN_DEBRIEF_LINES, MIN_ENDINGS } from './scenario-rules.js';

/** Bounds that keep the exploration of a looping or huge story finite. */
export interface ExploreLimits {
  /** Complete paths played before giving up (default 20,000). */
  maxPaths: number;
  /** Choices on one path before it counts as endless (default 60). */
  maxChoicesPerPath: number;
}

const DEFAULT_LIMITS: ExploreLimits = { maxPaths: 20_000, maxChoicesPerPath: 60 };

/** One path being played: the choices taken and what the path has shown so far. */
interface PathState {
  choices: string[];
  /** Choice points already met on this path, to see a loop when one comes round again. */
  seen: Set<string>;
  outcome?: { value: Outcome; line?: number; knot: string };
  debriefs: number;
  lastLine?: number;
}

/**
 * Plays every path of a compiled scenario and checks the house style (docs/content-guide.md):
 * every line carries valid tags and exactly one `# from:` (debrief lines none); every path
 * makes at least three choices and reaches exactly one `# outcome:`, inside an `ending_…`
 * knot, followed by at least two `# debrief` lines and the end; at least two endings; both
 * outcomes reachable; every knot reachable; no loop that could keep a learner from an ending.
 *
 * Paths are branched by saving and restoring `story.state` at each choice. A choice point met
 * again on the same path with the same variables is a loop: the same choices can repeat
 * forever. `story` must come straight from the compiler (positions come from its debug data)
 * and be compiled with `countAllVisits` so reached knots can be read; it is played through.
 */
export function exploreScenario(story: Story, file: string, limits: ExploreLimits = DEFAULT_LIMITS): ContentError[] {
  const errors = new Map<string, ContentError>();
  const report = (line: number | undefined, message: string): void => {
    const key = `${line ?? ''}|${message}`;
    if (!errors.has(key)) errors.set(key, line === undefined ? { file, message } : { file, line, message });
  };
  // Path-level problems repeat on every path through the same lines: report one example each.
  const pathProblems = new Map<string, { line?: number; message: string; example: string[]; count: number }>();
  const reportPath = (path: PathState, line: number | undefined, message: string): void => {
    const key = `${line ?? ''}|${message}`;
    const found = pathProblems.get(key);
    if (found) found.count += 1;
    else pathProblems.set(key, { line, message, example: path.choices, count: 1 });
  };

  const runtimeMessages: string[] = [];
  story.onError = (message) => runtimeMessages.push(message);

  const knots = [...story.mainContentContainer.namedContent.keys()].filter((name) => !name.startsWith('global '));
  const reachedKnots = new Set<string>();
  const reachedEndings = new Set<string>();
  const reachedOutcomes = new Set<Outcome>();
  const globalTags = story.globalTags ?? [];
  let firstLine = true;
  let paths = 0;
  let exhausted = false;

  /** Records what a path reached, whether or not it ended well. */
  const notePath = (path: PathState): void => {
    for (const knot of knots) if (!reachedKnots.has(knot) && (story.state.VisitCountAtPathString(knot) ?? 0) > 0) reachedKnots.add(knot);
    if (path.outcome) {
      reachedEndings.add(path.outcome.knot);
      reachedOutcomes.add(path.outcome.value);
    }
  };

  /** Plays lines until the next choice or the end, checking each line's tags and order. */
  const playLines = (path: PathState): boolean => {
    while (story.canContinue) {
      const text = story.Continue() ?? '';
      let tags = story.currentTags ?? [];
      if (firstLine) {
        // inkjs hands the file's global tags out again with the first line: they are not its own.
        if (globalTags.every((tag, i) => tags[i] === tag)) tags = tags.slice(globalTags.length);
        firstLine = false;
      }
      if (runtimeMessages.length > 0) {
        for (const error of runtimeMessages.splice(0).map((message) => parseInkMessage(message, file))) report(error.line, error.message);
        notePath(path);
        return false;
      }
      const output = outputText(story);
      const line = output?.debugMetadata?.startLineNumber;
      if (!text.trim()) {
        if (tags.length > 0) report(line, 'tags on a line without text: put them after the text they belong to');
        continue;
      }
      const { tags: read, problems } = readLineTags(tags);
      for (const problem of problems) report(line, problem);
      if (read.debrief) {
        if (path.outcome) path.debriefs += 1;
        // In an ending without an outcome the missing outcome is the problem, reported at the path's end.
        else if (!knotOf(output).startsWith(ENDING_PREFIX)) report(line, '`# debrief` line before the outcome: debrief lines follow the `# outcome:` line of an ending');
        path.lastLine = line;
        continue;
      }
      if (read.from === undefined && !tags.some((tag) => tag.trim().startsWith('from'))) {
        report(line, 'line without `# from:`: each line says who speaks (`# from: them`, `me` or `system`)');
      }
      if (path.outcome) {
        report(line, `only \`# debrief\` lines may follow the outcome (line ${path.outcome.line ?? '?'})`);
      } else if (read.outcome) {
        const knot = knotOf(output);
        if (!knot.startsWith(ENDING_PREFIX)) report(line, `\`# outcome:\` belongs in an ending knot (named ${ENDING_PREFIX}…), not in "${knot}"`);
        path.outcome = { value: read.outcome, line, knot };
      }
      path.lastLine = line;
    }
    return true;
  };

  const finishPath = (path: PathState): void => {
    paths += 1;
    notePath(path);
    const { outcome } = path;
    if (!outcome) {
      reportPath(path, path.lastLine, `dead end: this path stops without an outcome; end it in an ${ENDING_PREFIX}… knot with \`# outcome: safe|unsafe\`, debrief lines and -> END`);
      return;
    }
    if (path.debriefs < MIN_DEBRIEF_LINES) {
      reportPath(path, outcome.line, `the outcome needs at least ${MIN_DEBRIEF_LINES} \`# debrief\` lines after it (found ${path.debriefs})`);
    }
    if (path.choices.length < MIN_CHOICES_PER_PATH) {
      reportPath(path, outcome.line, `a path reaches this ending after ${path.choices.length} choice(s); every path needs at least ${MIN_CHOICES_PER_PATH}`);
    }
  };

  const walk = (path: PathState): void => {
    if (exhausted) return;
    if (paths >= limits.maxPaths) {
      exhausted = true;
      report(undefined, `more than ${limits.maxPaths} paths: the checker stopped; make the story smaller`);
      return;
    }
    if (!playLines(path)) return;
    const choices = story.currentChoices;
    if (choices.length === 0) return finishPath(path);
    const choiceLine = (index: number): number | undefined => {
      const choice = choices[index]!;
      return story.ContentAtPath(new Path(choice.sourcePath)).obj?.debugMetadata?.startLineNumber;
    };
    if (path.outcome) {
      reportPath(path, choiceLine(0), `choices after the outcome (line ${path.outcome.line ?? '?'}): an ending shows its debrief and stops with -> END`);
      return;
    }
    const snapshot = story.state.ToJson();
    const variables = JSON.stringify((JSON.parse(snapshot) as { variablesState?: unknown }).variablesState ?? {});
    const point = `${choices.map((c) => c.sourcePath).join('|')}#${variables}`;
    if (path.seen.has(point) || path.choices.length >= limits.maxChoicesPerPath) {
      reportPath(path, choiceLine(0), 'loop: these choices can come round again on the same path, so a learner may never reach an ending');
      return;
    }
    choices.forEach((choice, index) => {
      for (const problem of readLineTags(choice.tags ?? []).problems) report(choiceLine(index), `choice: ${problem}`);
      story.state.LoadJson(snapshot);
      story.ChooseChoiceIndex(index);
      walk({ choices: [...path.choices, choice.text], seen: new Set(path.seen).add(point), debriefs: 0 });
    });
  };

  walk({ choices: [], seen: new Set(), debriefs: 0 });

  for (const problem of pathProblems.values()) {
    const via = problem.example.length ? problem.example.map((c) => `"${c}"`).join(' → ') : '(no choice)';
    const more = problem.count > 1 ? ` and ${problem.count - 1} more path(s)` : '';
    report(problem.line, `${problem.message} — e.g. path ${via}${more}`);
  }
  if (exhausted) return [...errors.values()];

  const endings = knots.filter((knot) => knot.startsWith(ENDING_PREFIX));
  if (endings.length < MIN_ENDINGS) report(undefined, `${endings.length} ending knot(s); a scenario needs at least ${MIN_ENDINGS} (named ${ENDING_PREFIX}…)`);
  for (const outcome of OUTCOMES.filter((o) => !reachedOutcomes.has(o))) {
    report(undefined, `no path reaches \`# outcome: ${outcome}\`; both outcomes must be reachable`);
  }
  for (const knot of knots.filter((k) => !reachedKnots.has(k))) {
    report(knotLine(story, knot), `knot "${knot}" is never reached: no path leads to it`);
  }
  for (const ending of endings.filter((e) => reachedKnots.has(e) && !reachedEndings.has(e))) {
    report(knotLine(story, ending), `ending knot "${ending}" has no \`# outcome:\` line`);
  }
  return [...errors.values()];
}

/** The first piece of text of the line just played (tag text excluded), for its position. */
function outputText(story: Story): InkObject | undefined {
  let inTag = false;
  for (const object of story.state.outputStream) {
    if (object instanceof ControlCommand) {
      if (object.commandType === ControlCommand.CommandType.BeginTag) inTag = true;
      if (object.commandType === ControlCommand.CommandType.EndTag) inTag = false;
    } else if (!inTag && object instanceof StringValue && object.isNonWhitespace) {
      return object;
    }
  }
  return undefined;
}

/** The knot a piece of output comes from (its path's first name). */
function knotOf(object: InkObject | undefined): string {
  return object?.path.head?.name ?? '';
}

function knotLine(story: Story, knot: string): number | undefined {
  return story.KnotContainerWithName(knot)?.debugMetadata?.startLineNumber;
}
