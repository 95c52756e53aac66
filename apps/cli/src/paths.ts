import { fileURLToPath } from 'node:url';

/** The repository root (three levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the built web app is written and served from. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
