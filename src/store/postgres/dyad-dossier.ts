import type pg from 'pg';
import type { Dossier } from '../article-store.js';
import {
  commitmentPageSql,
  DOSSIER_LIST_LIMIT,
  dossierFromRows,
  type CountRow,
  type DossierRows,
  type LatestRow,
  type PersonRoleRow,
} from '../dossier-rows.js';

/**
 * The pair's events a dossier counts: counted, asserted, in articles that are not near-duplicates
 * (the partial index `events_pair` holds exactly the first three conditions). `$1` is the dyad.
 */
const PAIR_EVENTS = 'events e JOIN articles a ON a.id = e.article_id';
const PAIR_WHERE =
  'e.dyad = $1 AND e.counted = 1 AND e.negated = 0 AND e.hypothetical = 0 AND a.duplicate_of IS NULL';

const COUNTS_SQL = `SELECT e.event, substr(e.day, 1, 7) AS month, e.quad, COUNT(*) AS n FROM ${PAIR_EVENTS}
  WHERE ${PAIR_WHERE} GROUP BY e.event, month, e.quad`;

const LATEST_SQL = `SELECT e.article_id, a.title, e.day, e.event, e.quad, e.mode, e.actor_codes, e.recipient_codes,
    e.evidence_text
  FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} ORDER BY e.day DESC NULLS LAST, e.article_id, e.local_id LIMIT $2`;

/** Persons acting in the pair's events, one row per role title given them in those articles. */
const PERSONS_SQL = `WITH acting AS MATERIALIZED (
    SELECT p.entity_id, p.article_id, e.article_id || ' ' || e.local_id AS event_key
    FROM ${PAIR_EVENTS}
      JOIN event_participants p ON p.article_id = e.article_id AND p.event_local_id = e.local_id
      JOIN entities en ON en.id = p.entity_id
    WHERE ${PAIR_WHERE} AND en.type = 'person'),
  counts AS (
    SELECT en.id, en.name, en.country, COUNT(DISTINCT acting.event_key) AS events, COUNT(*) OVER () AS total
    FROM acting JOIN entities en ON en.id = acting.entity_id GROUP BY en.id
    ORDER BY events DESC, en.name, en.id LIMIT $2),
  roles AS (
    SELECT r.entity_id, r.title, MAX(r.day) AS last_day,
      (array_agg(r.country ORDER BY r.day DESC NULLS LAST))[1] AS country
    FROM (SELECT DISTINCT entity_id, article_id FROM acting) x
      JOIN entity_roles r ON r.entity_id = x.entity_id AND r.article_id = x.article_id
    GROUP BY r.entity_id, r.title)
  SELECT c.id, c.name, c.country, c.events, c.total, roles.title, roles.country AS role_country
  FROM counts c LEFT JOIN roles ON roles.entity_id = c.id
  ORDER BY c.events DESC, c.name, c.id, roles.last_day DESC NULLS LAST, roles.title`;

/** The dossier's order of commitments, that of the `commitments_*_page` indexes (migration 7). */
const COMMITMENT_ORDER = `(CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END), stated_day DESC NULLS LAST,
  article_id, event_local_id`;
const COMMITMENTS_SQL = commitmentPageSql(COMMITMENT_ORDER, { dyad: '$1', a: '$2', b: '$3', limit: '$4' });

const STORIES_SQL = `SELECT s.id, s.articles, s.events, (SELECT title FROM articles WHERE seq = s.first_seq) AS title,
    COUNT(*) OVER () AS total
  FROM (SELECT a.story_id AS id, COUNT(DISTINCT a.seq) AS articles, COUNT(*) AS events, MIN(a.seq) AS first_seq
        FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} AND a.story_id IS NOT NULL GROUP BY a.story_id) s
  ORDER BY s.events DESC, s.id LIMIT $2`;

/**
 * The dossier of countries `a` and `b` (either direction), by SQL aggregates over the pair's events
 * in one repeatable-read snapshot, as `sqlite/dyad-dossier.ts` computes it: no record is parsed.
 */
export async function dyadDossier(
  pool: pg.Pool,
  a: string,
  b: string,
  latestCount: number,
): Promise<Dossier> {
  const dyad = [a, b].sort().join('-');
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const rows: DossierRows = {
      latest: (await client.query<LatestRow>(LATEST_SQL, [dyad, latestCount])).rows,
      persons: (await client.query<PersonRoleRow>(PERSONS_SQL, [dyad, DOSSIER_LIST_LIMIT])).rows,
      commitments: (await client.query(COMMITMENTS_SQL, [dyad, a, b, DOSSIER_LIST_LIMIT])).rows,
      stories: (await client.query(STORIES_SQL, [dyad, DOSSIER_LIST_LIMIT])).rows,
      counts: (await client.query<CountRow>(COUNTS_SQL, [dyad])).rows,
    };
    await client.query('COMMIT');
    return dossierFromRows(a, b, rows);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
