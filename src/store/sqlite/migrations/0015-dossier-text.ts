import type { Migration } from './migration.js';

/**
 * The end of an insert into `dyad_dossier_stale` from a SELECT: a pair marked already stays. An
 * upsert, not INSERT OR IGNORE, whose conflict policy the writer's own statement would override.
 */
const KEEP_MARKED = 'ON CONFLICT (dyad) DO NOTHING;';

/** SQL: the pair `dyad` (an expression) marked stale, its kept dossier text no longer served. */
const markStale = (dyad: string) =>
  `INSERT INTO dyad_dossier_stale (dyad) SELECT ${dyad} WHERE ${dyad} IS NOT NULL ${KEEP_MARKED}`;

/**
 * SQL: the pairs with a kept text that name the author of a commitment row (`row`: NEW or OLD) made
 * with no counterpart marked stale: such a commitment is listed in each of its author's dossiers.
 */
const markAuthorPairsStale = (row: 'NEW' | 'OLD') =>
  `INSERT INTO dyad_dossier_stale (dyad) SELECT dyad FROM (
    SELECT dyad FROM dyad_dossier_text WHERE a = ${row}.by_code AND ${row}.to_code IS NULL
    UNION SELECT dyad FROM dyad_dossier_text WHERE b = ${row}.by_code AND ${row}.to_code IS NULL) WHERE true
    ${KEEP_MARKED}`;

/** Triggers marking a pair stale whenever a row of `table` with a `dyad` column is added, changed or removed. */
function pairRowTriggers(table: string): string {
  return `
CREATE TRIGGER dossier_text_on_${table}_insert AFTER INSERT ON ${table}
BEGIN ${markStale('NEW.dyad')} END;
CREATE TRIGGER dossier_text_on_${table}_update AFTER UPDATE ON ${table}
BEGIN ${markStale('NEW.dyad')} ${markStale('OLD.dyad')} END;
CREATE TRIGGER dossier_text_on_${table}_delete AFTER DELETE ON ${table}
BEGIN ${markStale('OLD.dyad')} END;`;
}

/** What a commitment row (`row`: NEW or OLD) marks stale: its pair, and its author's pairs when it has no counterpart. */
const commitmentStale = (row: 'NEW' | 'OLD') => `${markStale(`${row}.dyad`)} ${markAuthorPairsStale(row)}`;

/**
 * Each pair's dossier (all but its `countries`, which follow the request's order) kept as the JSON
 * text the API sends, so an uncached dossier is one indexed read instead of ~1 ms of queries and
 * JSON functions. Triggers mark a pair stale (`dyad_dossier_stale`) whenever anything its dossier
 * reads changes: its events, figure rows, persons and stories, an article's duplicate link or
 * title, a person's name or country, its commitments and those its two countries made with no
 * counterpart. A stale or missing text is computed per request, so a read is never out of date;
 * the writer writes the stale pairs' texts again on a schedule (`dyad-dossier-text.ts`). Every
 * pair with counted events starts stale: the first open for writing writes them.
 */
export const dossierText: Migration = {
  version: 15,
  name: 'dossier-text',
  sql: `
CREATE TABLE dyad_dossier_text (
  dyad TEXT PRIMARY KEY,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX dyad_dossier_text_a ON dyad_dossier_text (a, dyad);
CREATE INDEX dyad_dossier_text_b ON dyad_dossier_text (b, dyad);

CREATE TABLE dyad_dossier_stale (dyad TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE INDEX dyad_persons_by_entity ON dyad_persons (entity_id, dyad);

INSERT OR IGNORE INTO dyad_dossier_stale (dyad) SELECT DISTINCT dyad FROM dyad_types;
${['events', 'dyad_months', 'dyad_stories', 'dyad_persons', 'dyad_person_roles'].map(pairRowTriggers).join('\n')}

CREATE TRIGGER dossier_text_on_article_update AFTER UPDATE OF duplicate_of, title ON articles
BEGIN
  INSERT INTO dyad_dossier_stale (dyad)
  SELECT DISTINCT dyad FROM events WHERE article_id = NEW.id AND dyad IS NOT NULL ${KEEP_MARKED}
END;

CREATE TRIGGER dossier_text_on_entity_update AFTER UPDATE OF name, country ON entities
WHEN NEW.name IS NOT OLD.name OR NEW.country IS NOT OLD.country
BEGIN
  INSERT INTO dyad_dossier_stale (dyad) SELECT dyad FROM dyad_persons WHERE entity_id = NEW.id ${KEEP_MARKED}
END;

CREATE TRIGGER dossier_text_on_commitment_insert AFTER INSERT ON commitments
BEGIN ${commitmentStale('NEW')} END;
CREATE TRIGGER dossier_text_on_commitment_update AFTER UPDATE ON commitments
BEGIN ${commitmentStale('NEW')} ${commitmentStale('OLD')} END;
CREATE TRIGGER dossier_text_on_commitment_delete AFTER DELETE ON commitments
BEGIN ${commitmentStale('OLD')} END;
`,
};
