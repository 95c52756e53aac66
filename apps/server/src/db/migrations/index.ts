import type { Migration } from 'kysely';
import { foundation } from './0001-foundation.js';
import { learn } from './0002-learn.js';
import { help } from './0003-help.js';
import { campaign } from './0004-campaign.js';
import { campaignDataVersions } from './0005-campaign-data-versions.js';
import { reportIdempotency } from './0006-report-idempotency.js';
import { campaignRollups } from './0007-campaign-rollups.js';

/** Every migration, in order. Names sort lexically, so keep the numeric prefix. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-learn': learn,
  '0003-help': help,
  '0004-campaign': campaign,
  '0005-campaign-data-versions': campaignDataVersions,
  '0006-report-idempotency': reportIdempotency,
  '0007-campaign-rollups': campaignRollups,
};
