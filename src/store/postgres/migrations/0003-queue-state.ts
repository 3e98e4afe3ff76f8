import type { Migration } from '../../sqlite/migrations/migration.js';

/**
 * What the workers share besides the articles: each host's next allowed fetch time (politeness
 * across workers and machines), its robots.txt, fetched once for all, and the feeds polled on a
 * schedule.
 */
export const queueState: Migration = {
  version: 3,
  name: 'queue-state',
  sql: `
CREATE TABLE host_slots (
  host TEXT COLLATE "C" PRIMARY KEY,
  next_fetch_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE robots_rules (
  origin TEXT COLLATE "C" PRIMARY KEY,
  body TEXT,
  fetched_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE watched_feeds (
  url TEXT COLLATE "C" PRIMARY KEY,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
};
