import type { LearnCatalog } from '@kmm/content';

let cached: Promise<LearnCatalog> | undefined;

/**
 * The learning catalog, compiled from packages/content on first use and kept: only
 * certificate requests need it, so the server does not pay for it at start-up.
 */
export function learnCatalog(): Promise<LearnCatalog> {
  cached ??= import('@kmm/content/node').then(({ loadLearnCatalog }) => {
    const { catalog, errors } = loadLearnCatalog();
    if (errors.length) throw new Error(`learning content has ${errors.length} errors; run: npm run kmm -- content validate`);
    return catalog;
  });
  return cached;
}
