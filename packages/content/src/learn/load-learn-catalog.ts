/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLearnCatalog, type LearnCatalogResult } from './build-learn-catalog.js';

/** The content directory of this package (`packages/content`). */
export const CONTENT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The folders of a content directory that hold Learn content. */
const SOURCE_FOLDERS = ['scenarios', 'quizzes', 'lessons'];

/** A catalog built from disk, with the files it was built from (to watch them). */
export interface LoadLearnCatalogResult extends LearnCatalogResult {
  /** Absolute paths of every file read. */
  files: string[];
}

/**
 * Reads `scenarios/*.ink`, `quizzes/*.json` and `lessons/<band>/<strand>.md` under
 * `contentDir` and builds the Learn catalog from them (see `buildLearnCatalog`). Errors name
 * files relative to `contentDir`. Missing folders count as empty.
 *
 * @param contentDir the directory holding the three folders (default: this package)
 * @example
 * const { catalog, errors, stats } = loadLearnCatalog();
 */
export function loadLearnCatalog(contentDir: string = CONTENT_DIR): LoadLearnCatalogResult {
  const files = SOURCE_FOLDERS.flatMap((folder) => listFiles(join(contentDir, folder)));
  const sources = files.map((file) => ({ path: relative(contentDir, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));
  return { ...buildLearnCatalog(sources), files };
}

/** Every file below `dir`, recursively; none when it does not exist. */
function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}
