import type { Migration } from '../../sqlite/migrations/migration.js';

/**
 * The feed items already sent to the queue: a poll claims each new link here in one insert, so two
 * workers polling the same feed at once enqueue an item once, and later polls skip it even before
 * its page is fetched.
 */
export const feedItems: Migration = {
  version: 4,
  name: 'feed-items',
  sql: `
CREATE TABLE feed_items (
  url TEXT COLLATE "C" PRIMARY KEY,
  feed TEXT COLLATE "C" NOT NULL,
  enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
};
