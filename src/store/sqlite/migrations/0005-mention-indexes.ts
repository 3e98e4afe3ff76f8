import type { Migration } from './migration.js';

/**
 * Mentions are found by entity, not by article (an article's mentions and dates are in its record).
 * Indexes keyed by the random article id cost the writer a random page per article each, the bulk
 * of what each commit writes; an entity's new mentions land together at the end of its range.
 */
export const mentionIndexes: Migration = {
  version: 5,
  name: 'mention-indexes',
  sql: `
DROP INDEX mentions_article;
DROP INDEX dates_article;
CREATE INDEX mentions_entity ON mentions(entity_id);
`,
};
