import type Database from 'better-sqlite3';
import type { Dossier, DossierEvent } from '../article-store.js';
import { COMMITMENT_ROW_COLUMNS, commitmentFromRow } from './commitment-rows.js';
import {
  codeList,
  DOSSIER_LIST_LIMIT,
  foldCounts,
  foldPersons,
  type CountRow,
  type LatestRow,
  type PersonRoleRow,
} from '../dossier-rows.js';

/**
 * The pair's events a dossier counts: counted (not a repeat from a duplicate's canonical copy),
 * asserted (not negated or hypothetical), in articles that are not near-duplicates. Both indexes
 * are named: with them a pair is read from two small indexes and no table row (the planner, lacking
 * statistics on the partial index, would otherwise read every event row).
 */
const PAIR_EVENTS =
  'events e INDEXED BY events_pair CROSS JOIN articles a INDEXED BY articles_pair ON a.id = e.article_id';
const PAIR_WHERE =
  'e.dyad = @dyad AND e.counted = 1 AND e.negated = 0 AND e.hypothetical = 0 AND a.duplicate_of IS NULL';

/** Counts by type, month and quad: one small grouped result folded into totals, types and months. */
const COUNTS_SQL = `SELECT e.event, substr(e.day, 1, 7) AS month, e.quad, COUNT(*) AS n FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE}
  GROUP BY e.event, month, e.quad`;

const LATEST_SQL = `SELECT e.article_id, a.title, e.day, e.event, e.quad, e.mode, e.actor_codes, e.recipient_codes,
    e.evidence_text
  FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} ORDER BY e.day DESC, e.article_id, e.local_id LIMIT @limit`;

/**
 * Persons acting (actor or recipient) in the pair's events, one row per role title they were given
 * in those same articles (none: one row with a null title), most active first. CROSS JOINs keep
 * the pair's rows driving: otherwise every person or every role row may be scanned.
 */
const PERSONS_SQL = `WITH acting AS MATERIALIZED (
    SELECT p.entity_id, p.article_id, e.rowid AS event_row FROM ${PAIR_EVENTS}
      CROSS JOIN event_participants p ON p.article_id = e.article_id AND p.event_local_id = e.local_id
      CROSS JOIN entities en ON en.id = p.entity_id
    WHERE ${PAIR_WHERE} AND en.type = 'person'),
  counts AS (
    SELECT en.id, en.name, en.country, COUNT(DISTINCT acting.event_row) AS events, COUNT(*) OVER () AS total
    FROM acting CROSS JOIN entities en ON en.id = acting.entity_id GROUP BY en.id
    ORDER BY events DESC, en.name, en.id LIMIT @limit),
  roles AS (
    SELECT r.entity_id, r.title, MAX(r.day) AS last_day, r.country
    FROM (SELECT DISTINCT entity_id, article_id FROM acting) x
      CROSS JOIN entity_roles r ON r.entity_id = x.entity_id AND r.article_id = x.article_id
    GROUP BY r.entity_id, r.title)
  SELECT c.id, c.name, c.country, c.events, c.total, roles.title, roles.country AS role_country
  FROM counts c LEFT JOIN roles ON roles.entity_id = c.id
  ORDER BY c.events DESC, c.name, c.id, roles.last_day DESC, roles.title`;

/**
 * Commitments between the two (`dyad`), and those either made with no counterpart: overdue, then
 * open, then fulfilled, latest stated first.
 */
const COMMITMENTS_SQL = `SELECT ${COMMITMENT_ROW_COLUMNS}, COUNT(*) OVER () AS total FROM (
    SELECT * FROM commitments WHERE dyad = @dyad
    UNION ALL
    SELECT * FROM commitments WHERE to_code IS NULL AND by_code IN (@a, @b))
  ORDER BY CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END, stated_day DESC, article_id,
    event_local_id
  LIMIT @limit`;

/** Stories of the pair's events; a story's title is that of its first stored article among them. */
const STORIES_SQL = `SELECT s.id, s.articles, s.events, (SELECT title FROM articles WHERE seq = s.first_seq) AS title,
    COUNT(*) OVER () AS total
  FROM (SELECT a.story_id AS id, COUNT(DISTINCT a.seq) AS articles, COUNT(*) AS events, MIN(a.seq) AS first_seq
        FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} AND a.story_id IS NOT NULL GROUP BY a.story_id) s
  ORDER BY s.events DESC, s.id LIMIT @limit`;

/**
 * The dossier of countries `a` and `b` (either direction), computed by indexed queries over the
 * pair's events in one read transaction (one snapshot while a writer commits): no article record is
 * parsed. Persons are the resolved entities behind the events' actors and recipients; their roles
 * are the titles given to them in those articles, latest first.
 */
export function dyadDossier(db: Database.Database, a: string, b: string, latestCount: number): Dossier {
  const dyad = [a, b].sort().join('-');
  return db.transaction((): Dossier => {
    const latest = (db.prepare(LATEST_SQL).all({ dyad, limit: latestCount }) as LatestRow[]).map(
      (row): DossierEvent => ({
        articleId: row.article_id,
        title: row.title,
        date: row.day,
        event: row.event,
        quad: row.quad,
        mode: JSON.parse(row.mode) as string[],
        actor: codeList(row.actor_codes),
        recipient: codeList(row.recipient_codes),
        evidence: row.evidence_text,
      }),
    );
    const persons = db.prepare(PERSONS_SQL).all({ dyad, limit: DOSSIER_LIST_LIMIT }) as PersonRoleRow[];
    const commitments = db.prepare(COMMITMENTS_SQL).all({ dyad, a, b, limit: DOSSIER_LIST_LIMIT }) as Array<
      Record<string, string | null> & { total: number }
    >;
    const stories = db.prepare(STORIES_SQL).all({ dyad, limit: DOSSIER_LIST_LIMIT }) as Array<
      Dossier['stories'][number] & { total: number }
    >;
    return {
      countries: [a, b],
      ...foldCounts(db.prepare(COUNTS_SQL).all({ dyad }) as CountRow[]),
      latest,
      persons: foldPersons(persons),
      commitments: commitments.map(commitmentFromRow),
      stories: stories.map(({ total: _total, ...story }) => story),
      listTotals: {
        persons: persons[0]?.total ?? 0,
        commitments: commitments[0]?.total ?? 0,
        stories: stories[0]?.total ?? 0,
      },
    };
  })();
}
