import type Database from 'better-sqlite3';
import type { Dossier } from '../article-store.js';
import {
  DOSSIER_LIST_LIMIT,
  dossierFromRows,
  type CountRow,
  type DossierRows,
  type LatestRow,
  type PersonRoleRow,
} from '../dossier-rows.js';
import { COMMITMENT_ROW_COLUMNS } from './commitment-rows.js';

/**
 * The pair's events a dossier counts: counted (not a repeat from a duplicate's canonical copy),
 * asserted (not negated or hypothetical), in articles that are not near-duplicates. Both indexes
 * are named: with them a pair is read from two small indexes and no table row (the planner, lacking
 * statistics on the partial index, would otherwise read every event row).
 */
export const PAIR_EVENTS =
  'events e INDEXED BY events_pair CROSS JOIN articles a INDEXED BY articles_pair ON a.id = e.article_id';
export const PAIR_WHERE =
  'e.dyad = @dyad AND e.counted = 1 AND e.negated = 0 AND e.hypothetical = 0 AND a.duplicate_of IS NULL';

/**
 * Counts by type and quad, and by month with its four quads, kept per pair by triggers (migration
 * 12, from migration 6's `dyad_months`): a busy pair's 1,058 month × type × quad rows cost ~1.2 ms
 * to read into objects, its 15 types and 148 months ~0.1 ms.
 */
export const TYPES_SQL = `SELECT event, NULL AS month, quad, events AS n FROM dyad_types WHERE dyad = @dyad`;
const MONTHS_SQL = `SELECT month, quad1, quad2, quad3, quad4 FROM dyad_month_quads WHERE dyad = @dyad ORDER BY month`;

const LATEST_SQL = `SELECT e.article_id, a.title, e.day, e.event, e.quad, e.mode, e.actor_codes, e.recipient_codes,
    e.evidence_text
  FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} ORDER BY e.day DESC, e.article_id, e.local_id LIMIT @limit`;

/**
 * Persons acting (actor or recipient) in the pair's events, most active first, one row per role
 * title they were given in the pair's articles (none: one row with a null title), latest first;
 * both kept per pair by the writer's triggers.
 */
const PERSONS_SQL = `WITH counts AS (
    SELECT en.id, en.name, en.country, p.events, COUNT(*) OVER () AS total
    FROM dyad_persons p CROSS JOIN entities en ON en.id = p.entity_id WHERE p.dyad = @dyad
    ORDER BY p.events DESC, en.name, en.id LIMIT @limit)
  SELECT c.id, c.name, c.country, c.events, c.total, r.title, r.country AS role_country
  FROM counts c LEFT JOIN dyad_person_roles r ON r.dyad = @dyad AND r.entity_id = c.id
  ORDER BY c.events DESC, c.name, c.id, r.last_day DESC, r.title`;

/** The dossier's order of commitments, that of the `commitments_*_page` indexes (migration 8). */
export const COMMITMENT_ORDER = `CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END, stated_day DESC,
  article_id, event_local_id`;
/** The pair's commitments and those either made with no counterpart, as kept (migration 12). */
export const COMMITMENT_TOTAL = `(COALESCE((SELECT commitments FROM commitment_counts WHERE scope = 'pair' AND code = @dyad), 0)
      + (SELECT COALESCE(SUM(commitments), 0) FROM commitment_counts WHERE scope = 'undirected' AND code IN (@a, @b)))`;
/** A side of the page: its commitments' rows and sort keys, from the front of its page index. */
const commitmentSide = (condition: string) =>
  `SELECT * FROM (SELECT rowid AS commitment_row, CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END
      AS status_rank, stated_day, article_id, event_local_id
    FROM commitments WHERE ${condition} ORDER BY ${COMMITMENT_ORDER} LIMIT @limit)`;
/**
 * The page of commitments as `commitmentPageSql` defines it (the pair's, then those either made
 * with no counterpart, each side from the front of its index, merged), but only the page's rows are
 * read from the table: merging the sides' sort keys first and reading the 50 rows kept rather than
 * the sides' 150 cut a busy pair's page from ~0.55 to ~0.4 ms.
 */
export const COMMITMENT_PAGE = `SELECT commitment_row FROM (${commitmentSide('dyad = @dyad')}
      UNION ALL ${commitmentSide('to_code IS NULL AND by_code = @a')}
      UNION ALL ${commitmentSide('to_code IS NULL AND by_code = @b')})
    ORDER BY status_rank, stated_day DESC, article_id, event_local_id LIMIT @limit`;
const COMMITMENTS_SQL = `SELECT ${COMMITMENT_ROW_COLUMNS}, ${COMMITMENT_TOTAL} AS total
  FROM (${COMMITMENT_PAGE}) page
  CROSS JOIN commitments ON commitments.rowid = page.commitment_row
  ORDER BY ${COMMITMENT_ORDER}`;

/** Stories of the pair's events; a story's title is that of its first stored article among them. */
const STORIES_SQL = `SELECT s.story_id AS id, s.articles, s.events,
    (SELECT title FROM articles WHERE seq = s.first_seq) AS title,
    (SELECT COUNT(*) FROM dyad_stories WHERE dyad = @dyad) AS total
  FROM (SELECT * FROM dyad_stories WHERE dyad = @dyad ORDER BY events DESC, story_id LIMIT @limit) s
  ORDER BY s.events DESC, s.story_id`;

/** Statements prepared once per connection (preparing the five cost about as much as running them). */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function preparedFor(db: Database.Database): (sql: string) => Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  const known = cache;
  return (sql) => {
    let statement = known.get(sql);
    if (!statement) known.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
}

/**
 * The dossier of countries `a` and `b` (either direction), computed by indexed queries over the
 * pair's events in one read transaction (one snapshot while a writer commits): no article record is
 * parsed. Persons are the resolved entities behind the events' actors and recipients; their roles
 * are the titles given to them in those articles, latest first.
 */
export function dyadDossier(db: Database.Database, a: string, b: string, latestCount: number): Dossier {
  const dyad = [a, b].sort().join('-');
  const prepared = preparedFor(db);
  return db.transaction((): Dossier => {
    return dossierFromRows(a, b, {
      latest: prepared(LATEST_SQL).all({ dyad, limit: latestCount }) as LatestRow[],
      persons: prepared(PERSONS_SQL).all({ dyad, limit: DOSSIER_LIST_LIMIT }) as PersonRoleRow[],
      commitments: prepared(COMMITMENTS_SQL).all({
        dyad,
        a,
        b,
        limit: DOSSIER_LIST_LIMIT,
      }) as DossierRows['commitments'],
      stories: prepared(STORIES_SQL).all({ dyad, limit: DOSSIER_LIST_LIMIT }) as DossierRows['stories'],
      counts: prepared(TYPES_SQL).all({ dyad }) as CountRow[],
      byMonth: prepared(MONTHS_SQL).all({ dyad }) as Dossier['byMonth'],
    });
  })();
}
