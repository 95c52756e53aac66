import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/compiler/Compiler';
import { exploreScenario } from './explore-scenario.js';
import { findNumberTraps } from './find-number-traps.js';
import type { ContentError, Scenario } from './learn-types.js';
import { parseInkMessage } from './parse-ink-message.js';
import { readScenarioHeader } from './read-scenario-header.js';

/** What {@link compileScenario} gives back: the scenario when it is valid, and every problem found. */
export interface CompileScenarioResult {
  scenario?: Scenario;
  /** The compiled story whenever Ink compiled it, even when the house style fails: previews can play a draft. */
  storyJson?: string;
  errors: ContentError[];
}

/** Scenario ids are their file names: lowercase words joined by hyphens. */
const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Compiles an Ink scenario with inkjs and checks it against the house style: file tags,
 * line tags, endings, outcomes and debriefs on every path (see {@link exploreScenario}).
 * Runs in the browser as well as in Node, so the preview page and the build agree.
 *
 * @param id the scenario id, the file name without `.ink`
 * @param source the Ink text
 * @param file the name errors carry (default `scenarios/<id>.ink`)
 * @example
 * const { scenario, errors } = compileScenario('robux', source);
 * if (scenario) new Story(scenario.storyJson);
 */
export function compileScenario(id: string, source: string, file = `scenarios/${id}.ink`): CompileScenarioResult {
  const errors: ContentError[] = [];
  if (!SCENARIO_ID.test(id)) errors.push({ file, message: `file name "${id}": use lowercase letters, digits and hyphens (e.g. tieu-hoc-robux-mien-phi.ink)` });
  const traps = findNumberTraps(source, file);
  if (traps.length) return { errors: [...errors, ...traps] };

  // countAllVisits lets the explorer see which knots were reached; it costs nothing at play time.
  // The file handler knows only this file: a scenario is one file, INCLUDE is not part of the style.
  const compiler = new Compiler(source, new CompilerOptions(file, [], true, null, new JsonFileHandler({ [file]: source })));
  let story;
  try {
    story = compiler.Compile();
  } catch (error) {
    // inkjs throws "Compilation failed." after reporting the real errors, which are kept below.
    if (compiler.errors.length === 0) errors.push({ file, message: `Ink: ${error instanceof Error ? error.message : String(error)}` });
  }
  errors.push(...compiler.errors.map((message) => parseInkMessage(message, file)));
  errors.push(...compiler.warnings.map((message) => parseInkMessage(message, file)));
  if (!story || compiler.errors.length > 0) return { errors };

  const compiled = story.ToJson();
  const storyJson = typeof compiled === 'string' ? compiled : undefined;
  const { header, errors: headerErrors } = readScenarioHeader(story.globalTags ?? [], source, file);
  // A loose end is reported twice by inkjs, as a compile warning and again when played: keep the first.
  const warned = new Set(compiler.warnings.map((message) => parseInkMessage(message, file).line));
  const played = exploreScenario(story, file).filter((e) => !(e.message.startsWith('Ink:') && warned.has(e.line)));
  errors.push(...headerErrors, ...played);
  if (!header || storyJson === undefined || errors.length > 0) return { storyJson, errors };
  return { scenario: { id, ...header, storyJson }, storyJson, errors };
}
