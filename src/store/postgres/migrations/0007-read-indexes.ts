import type { Migration } from '../../sqlite/migrations/migration.js';

/** The dossier's order of commitments (`COMMITMENT_ORDER` in `dyad-dossier.ts`). */
const COMMITMENT_PAGE_ORDER = `(CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END), stated_day DESC NULLS LAST,
  article_id, event_local_id`;

/**
 * The read paths at 400,000 articles (`bench scale`, README): each index lets a query stop at its
 * page or read only an index.
 * - `articles_newest`: searches list newest first (day, then latest stored); a common word or
 *   person walks it and stops at the page (the words' tsquery is bound as a constant, so the planner
 *   knows how common they are), instead of reading and sorting every match.
 * - `article_entities_entity_article`: a person's articles from the index alone (replaces
 *   `article_entities_entity`).
 * - `events_article_both_sides`: whether an article has an event with both sides known, the
 *   default search filter, from the index alone; `events_pair_articles`: a pair's articles
 *   (`pairArticles` in `filter-sql.ts`), from the index alone.
 * - `articles_pair`, `entity_roles_entity_article_titles`: the dossier's look-ups of a pair event's article
 *   (copy or not, story) and of a person's titles there, from the index alone.
 * - `events_pair_latest`, `commitments_*_page`: the dossier's latest events and commitments are
 *   the front of an index.
 */
export const readIndexes: Migration = {
  version: 7,
  name: 'read-indexes',
  sql: `
CREATE INDEX articles_newest ON articles (day DESC NULLS LAST, seq DESC);
CREATE INDEX article_entities_entity_article ON article_entities (entity_id, article_id);
DROP INDEX article_entities_entity;
CREATE INDEX events_article_both_sides ON events (article_id) WHERE dyad IS NOT NULL AND counted = 1;
CREATE INDEX events_pair_articles ON events (dyad, article_id) WHERE counted = 1;
CREATE INDEX articles_pair ON articles (id) INCLUDE (duplicate_of, story_id, seq);
CREATE INDEX entity_roles_entity_article_titles ON entity_roles (entity_id, article_id) INCLUDE (title, day, country);
DROP INDEX entity_roles_entity_article;
CREATE INDEX events_pair_latest ON events (dyad, day DESC NULLS LAST, article_id, local_id)
  WHERE counted = 1 AND negated = 0 AND hypothetical = 0;
CREATE INDEX commitments_dyad_page ON commitments (dyad, ${COMMITMENT_PAGE_ORDER});
CREATE INDEX commitments_undirected_page ON commitments (by_code, ${COMMITMENT_PAGE_ORDER}) WHERE to_code IS NULL;
`,
};
