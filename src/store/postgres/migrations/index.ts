import type { Migration } from '../../sqlite/migrations/migration.js';
import { initialSchema } from './0001-initial.js';
import { textSearchConfigurations } from './0002-text-search.js';
import { queueState } from './0003-queue-state.js';
import { feedItems } from './0004-feed-items.js';
import { storeCopies } from './0005-store-copies.js';
import { duplicateGroups } from './0006-duplicate-groups.js';
import { readIndexes } from './0007-read-indexes.js';
import { dyadFigures } from './0008-dyad-figures.js';

/** Every PostgreSQL migration, in version order. */
export const MIGRATIONS: Migration[] = [
  initialSchema,
  textSearchConfigurations,
  queueState,
  feedItems,
  storeCopies,
  duplicateGroups,
  readIndexes,
  dyadFigures,
];
