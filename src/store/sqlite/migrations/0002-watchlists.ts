import type { Migration } from './migration.js';

/** Saved filters (watchlists) and the events each has matched, read or unread. */
export const watchlistsSchema: Migration = {
  version: 2,
  name: 'watchlists',
  sql: `
CREATE TABLE watchlists (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  filter TEXT NOT NULL,
  webhook_url TEXT,
  webhook_secret TEXT
);

CREATE TABLE watchlist_events (
  watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  event_local_id TEXT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  delivered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (watchlist_id, article_id, event_local_id)
);
`,
};
