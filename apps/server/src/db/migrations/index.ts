import type { Migration } from 'kysely';
import { foundation } from './0001-foundation.js';

/** Every migration, in order. Names sort lexically, so keep the numeric prefix. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
};
