import { initialSchema } from './0001-initial.js';
import { watchlistsSchema } from './0002-watchlists.js';
import type { Migration } from './migration.js';

/** Every migration, in version order (add new files at the end). */
export const MIGRATIONS: Migration[] = [initialSchema, watchlistsSchema];
