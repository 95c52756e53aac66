/**
 * Node-only entry of @kmm/content (`@kmm/content/node`): what reads content files from
 * disk. The main entry stays free of `node:*` imports so the web app can use it.
 */
export { CONTENT_DIR, loadLearnCatalog, type LoadLearnCatalogResult } from './learn/load-learn-catalog.js';
