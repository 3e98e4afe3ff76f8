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

/** Counts by type, month and quad, kept per pair by triggers (migration 8, `dyad-figures.ts`). */
const COUNTS_SQL = `SELECT event, NULLIF(month, '') AS month, quad, events AS n FROM dyad_months WHERE dyad = $1`;

const LATEST_SQL = `SELECT e.article_id, a.title, e.day, e.event, e.quad, e.mode, e.actor_codes, e.recipient_codes,
    e.evidence_text
  FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} ORDER BY e.day DESC NULLS LAST, e.article_id, e.local_id LIMIT $2`;

/**
 * Persons acting in the pair's events, most active first, one row per role title given them in
 * the pair's articles (none: one row with a null title), latest first; both kept per pair by
 * triggers.
 */
const PERSONS_SQL = `WITH counts AS (
    SELECT en.id, en.name, en.country, p.events, COUNT(*) OVER () AS total
    FROM dyad_persons p JOIN entities en ON en.id = p.entity_id WHERE p.dyad = $1
    ORDER BY p.events DESC, en.name, en.id LIMIT $2)
  SELECT c.id, c.name, c.country, c.events, c.total, r.title, r.country AS role_country
  FROM counts c LEFT JOIN dyad_person_roles r ON r.dyad = $1 AND r.entity_id = c.id
  ORDER BY c.events DESC, c.name, c.id, r.last_day DESC NULLS LAST, r.title`;

/** The dossier's order of commitments, that of the `commitments_*_page` indexes (migration 7). */
const COMMITMENT_ORDER = `(CASE status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END), stated_day DESC NULLS LAST,
  article_id, event_local_id`;
const COMMITMENTS_SQL = commitmentPageSql(COMMITMENT_ORDER, { dyad: '$1', a: '$2', b: '$3', limit: '$4' });

/** Stories of the pair's events; a story's title is that of its first stored article among them. */
const STORIES_SQL = `SELECT s.story_id AS id, s.articles, s.events,
    (SELECT title FROM articles WHERE seq = s.first_seq) AS title,
    (SELECT COUNT(*) FROM dyad_stories WHERE dyad = $1) AS total
  FROM (SELECT * FROM dyad_stories WHERE dyad = $1 ORDER BY events DESC, story_id LIMIT $2) s
  ORDER BY s.events DESC, s.story_id`;

/**
 * The dossier of countries `a` and `b` (either direction) in one repeatable-read snapshot, as
 * `sqlite/dyad-dossier.ts` reads it: counts, persons and stories from the figure tables the
 * triggers keep, the latest events and commitments from the front of their indexes; no record is
 * parsed and nothing aggregates the pair's events.
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
