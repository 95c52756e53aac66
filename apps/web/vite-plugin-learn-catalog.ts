/// <reference types="node" />
import { join, relative, resolve } from 'node:path';
import type * as ContentNode from '@kmm/content/node';
import { runnerImport, type Plugin } from 'vite';

/** Options of {@link learnCatalog}. */
export interface LearnCatalogPluginOptions {
  /** The content directory holding scenarios/, quizzes/ and lessons/ (default: packages/content). */
  contentDir?: string;
}

const VIRTUAL_ID = 'virtual:learn-catalog';
// The \0 prefix tells other plugins this module is not a file.
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const CONTENT_FILE = /[\\/](?:scenarios|quizzes|lessons)[\\/].+\.(?:ink|json|md)$/;

type LoadLearnCatalogResult = ContentNode.LoadLearnCatalogResult;

/**
 * `@kmm/content/node`, imported through Vite's module runner: the package exports TypeScript
 * sources, which Node cannot import natively while Vite loads this config.
 */
async function importContentNode(): Promise<typeof ContentNode> {
  const { module } = await runnerImport<typeof ContentNode>('@kmm/content/node', { configFile: false, logLevel: 'silent' });
  return module;
}

/** A path relative to the working directory when it lies below it, else absolute. */
function displayPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') ? path : near;
}

/**
 * Provides `virtual:learn-catalog`, whose default export is the Learn catalog (scenarios
 * compiled, quizzes and lessons parsed) built by `loadLearnCatalog` from the content files.
 * Any content error fails `vite build`, even when no page imports the module yet, with one
 * `file:line message` per error; in dev the same list shows in the error overlay, and editing,
 * adding or removing a content file rebuilds the catalog and reloads the page.
 */
export function learnCatalog(options: LearnCatalogPluginOptions = {}): Plugin {
  let content: typeof ContentNode | undefined;
  let contentDir = '';
  let loaded: LoadLearnCatalogResult | undefined;
  let building = false;

  const describe = (result: LoadLearnCatalogResult): string =>
    [
      `Learn content has ${result.errors.length} error(s) (npm run kmm -- content validate):`,
      ...result.errors.map((e) => `  ${displayPath(join(contentDir, e.file))}${e.line === undefined ? '' : `:${e.line}`}  ${e.message}`),
    ].join('\n');

  return {
    name: 'kmm-learn-catalog',
    async configResolved(config) {
      building = config.command === 'build';
      content = await importContentNode();
      contentDir = resolve(options.contentDir ?? content.CONTENT_DIR);
    },
    buildStart() {
      if (!building || !content) return;
      loaded = content.loadLearnCatalog(contentDir);
      if (loaded.errors.length > 0) this.error(describe(loaded));
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID || !content) return undefined;
      // In dev the catalog is rebuilt each time the module is invalidated by a content change.
      const result = building && loaded ? loaded : content.loadLearnCatalog(contentDir);
      for (const file of result.files) this.addWatchFile(file);
      if (result.errors.length > 0) this.error(describe(result));
      return `export default ${JSON.stringify(result.catalog)};`;
    },
    configureServer(server) {
      server.watcher.add(['scenarios', 'quizzes', 'lessons'].map((folder) => join(contentDir, folder)));
      const onContentChange = (file: string): void => {
        if (!resolve(file).startsWith(contentDir) || !CONTENT_FILE.test(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (!module) return;
        server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onContentChange);
      server.watcher.on('unlink', onContentChange);
      server.watcher.on('change', onContentChange);
    },
  };
}
