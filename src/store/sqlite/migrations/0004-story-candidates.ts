import type { Migration } from './migration.js';

/**
 * Story candidates (canonical articles already in a story) straight from an index: the writer
 * looks them up for every article with a dyad, and reading the wide `articles` rows instead made
 * each look-up cost grow with the corpus.
 */
export const storyCandidatesIndex: Migration = {
  version: 4,
  name: 'story-candidates-index',
  sql: `
CREATE INDEX articles_story_candidates ON articles(dyad, day, seq, id, story_id)
  WHERE duplicate_of IS NULL AND story_id IS NOT NULL;
`,
};
