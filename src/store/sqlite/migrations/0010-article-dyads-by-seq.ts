import type { Migration } from './migration.js';

/**
 * A pair's articles in stored order, latest first: `/api/events` lists a pair's events newest
 * stored first and stops at its page, instead of reading and sorting every event of the pair.
 * (`article_dyads` may still list an article that became a copy and whose events were recounted,
 * see `promoteOriginal`: every reader of it keeps originals only and checks the events again.)
 */
export const articleDyadsBySeq: Migration = {
  version: 10,
  name: 'article-dyads-by-seq',
  sql: `CREATE INDEX article_dyads_seq ON article_dyads(dyad, seq);`,
};
