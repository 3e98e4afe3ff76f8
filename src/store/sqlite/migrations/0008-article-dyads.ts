import type { Migration } from './migration.js';

/** The dossier's commitment order (dyad-dossier.ts): overdue, open, fulfilled, latest stated first. */
const COMMITMENT_PAGE = `(CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END), stated_day DESC,
  article_id, event_local_id`;

/**
 * The articles of each country pair, newest first (`day` descending, undated as '' last, then
 * stored order): a pair search reads its page from the front of this index and stops, instead of
 * listing every event of the pair, reading each article's day and sorting them all. Kept by a
 * trigger as the writer inserts events (an article's day and events never change once written);
 * an article is listed under the pairs of its counted events, as the pair filter finds them.
 * Also the commitments of a pair, and those made with no counterpart, in the dossier's order, so
 * its page is the front of an index instead of a sort of all of a busy pair's commitments.
 */
export const articleDyads: Migration = {
  version: 8,
  name: 'article-dyads',
  sql: `
CREATE TABLE article_dyads (
  dyad TEXT NOT NULL,
  day TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (dyad, day, seq)
) WITHOUT ROWID;

CREATE TRIGGER article_dyads_on_event AFTER INSERT ON events WHEN NEW.dyad IS NOT NULL AND NEW.counted = 1
BEGIN
  INSERT OR IGNORE INTO article_dyads (dyad, day, seq)
  SELECT NEW.dyad, COALESCE(a.day, ''), a.seq FROM articles a WHERE a.id = NEW.article_id;
END;

CREATE INDEX commitments_dyad_page ON commitments(dyad, ${COMMITMENT_PAGE});
CREATE INDEX commitments_undirected_page ON commitments(by_code, ${COMMITMENT_PAGE}) WHERE to_code IS NULL;
`,
  backfill: `
INSERT OR IGNORE INTO article_dyads (dyad, day, seq)
SELECT e.dyad, COALESCE(a.day, ''), a.seq FROM articles a JOIN events e ON e.article_id = a.id
WHERE a.seq BETWEEN @first AND @last AND e.dyad IS NOT NULL AND e.counted = 1`,
};
