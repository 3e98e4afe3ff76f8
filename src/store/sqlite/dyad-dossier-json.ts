import type Database from 'better-sqlite3';
import type { JsonText } from '../result-pages.js';
import { DOSSIER_LATEST_EVENTS, DOSSIER_LIST_LIMIT, foldCounts, type CountRow } from '../dossier-rows.js';
import {
  COMMITMENT_PAGE,
  COMMITMENT_TOTAL,
  PAIR_EVENTS,
  PAIR_WHERE,
  preparedFor,
  TYPES_SQL,
} from './dyad-dossier.js';

/**
 * The dossier as the JSON text the API sends, its lists written by SQLite's JSON functions from
 * the same rows `dyadDossier` reads (same order, same values): the text `JSON.stringify` gives
 * the Dossier object, without a JavaScript object per row, a fold and a serialisation of ~40 KB
 * (a busy pair's dossier, in-process at 400k articles: ~1.25 → ~0.9 ms of CPU).
 */

/*
 * Each list is aggregated from a subquery already in the list's order (its ORDER BY … LIMIT, or a
 * nested loop over one): SQLite keeps such a subquery apart from the aggregate and feeds it rows in
 * that order, as LATEST_JSON relies on, so an ORDER BY inside json_group_array would only sort them
 * again in a temporary B-tree (~0.1 ms of a busy pair's ~1.1 ms dossier for the four lists).
 */

/** A comma list of codes ('' when none) as a JSON array (codes are letters: nothing to escape). */
const codeArray = (column: string) =>
  `CASE WHEN ${column} = '' THEN json_array() ELSE json('["' || replace(${column}, ',', '","') || '"]') END`;

/** `DossierEvent`s, latest first. */
const LATEST_JSON = `SELECT json_group_array(json_object('articleId', article_id, 'title', title, 'date', day,
    'event', event, 'quad', quad, 'mode', json(mode), 'actor', ${codeArray('actor_codes')},
    'recipient', ${codeArray('recipient_codes')}, 'evidence', evidence_text))
  FROM (SELECT e.article_id, a.title, e.day, e.event, e.quad, e.mode, e.actor_codes, e.recipient_codes, e.evidence_text
    FROM ${PAIR_EVENTS} WHERE ${PAIR_WHERE} ORDER BY e.day DESC, e.article_id, e.local_id LIMIT @limit)`;

/** A person's titles in the pair, latest first (`foldPersons`' order of role rows). */
const ROLES = `FROM dyad_person_roles r WHERE r.dyad = @dyad AND r.entity_id = c.id`;
const ROLE_ORDER = 'ORDER BY r.last_day DESC, r.title';
/**
 * `DossierPerson`s, most active first, and how many act in the pair: a person the store knows no
 * country for takes that of their latest role that has one.
 */
const PERSONS_JSON = `WITH counts AS (
    SELECT en.id, en.name, en.country, p.events, COUNT(*) OVER () AS total
    FROM dyad_persons p CROSS JOIN entities en ON en.id = p.entity_id WHERE p.dyad = @dyad
    ORDER BY p.events DESC, en.name, en.id LIMIT @limit)
  SELECT json_group_array(json_object('name', name,
      'country', COALESCE(country, (SELECT r.country ${ROLES} AND r.country IS NOT NULL ${ROLE_ORDER} LIMIT 1)),
      'roles', (SELECT json_group_array(title ${ROLE_ORDER}) ${ROLES}), 'events', events)),
    COALESCE(MAX(total), 0)
  FROM counts c`;

/** The page's `CommitmentRow`s (`commitmentFromRow`), and the total as `dyadDossier` counts it. */
const COMMITMENTS_JSON = `SELECT json_group_array(json_object('articleId', article_id, 'eventId', event_local_id,
    'kind', kind, 'by', by_code, 'to', to_code, 'what', what, 'dueValue', due_value, 'dueDay', due_day,
    'status', status, 'statusRule', status_rule,
    'fulfilledBy', CASE WHEN COALESCE(fulfilled_article, '') = '' THEN NULL ELSE json_object(
      'articleId', fulfilled_article, 'eventId', COALESCE(fulfilled_event, ''),
      'title', (SELECT title FROM articles WHERE id = fulfilled_article),
      'event', (SELECT event FROM events WHERE article_id = fulfilled_article AND local_id = fulfilled_event),
      'day', (SELECT day FROM events WHERE article_id = fulfilled_article AND local_id = fulfilled_event)) END)),
    CASE WHEN COUNT(*) = 0 THEN 0 ELSE ${COMMITMENT_TOTAL} END
  FROM (${COMMITMENT_PAGE}) page CROSS JOIN commitments ON commitments.rowid = page.commitment_row`;

/** The pair's stories with the most events (`dyadDossier`'s), and how many there are. */
const STORIES_JSON = `SELECT json_group_array(json_object('id', s.story_id, 'articles', s.articles, 'events', s.events,
    'title', (SELECT title FROM articles WHERE seq = s.first_seq))),
    CASE WHEN COUNT(*) = 0 THEN 0 ELSE (SELECT COUNT(*) FROM dyad_stories WHERE dyad = @dyad) END
  FROM (SELECT * FROM dyad_stories WHERE dyad = @dyad ORDER BY events DESC, story_id LIMIT @limit) s`;

/** The months' counts by quad, oldest first. */
const MONTHS_JSON = `SELECT json_group_array(json_object('month', month, 'quad1', quad1, 'quad2', quad2,
    'quad3', quad3, 'quad4', quad4))
  FROM (SELECT * FROM dyad_month_quads WHERE dyad = @dyad ORDER BY month)`;

/** A list's JSON text and its total. */
type ListRow = [string, number];

/**
 * The dossier of the pair `dyad` (its two codes `a` and `b`, either order) as JSON text after its
 * `countries`: `{"totals":…,"listTotals":{…}}` with the keys in the Dossier's order, totals and
 * types folded from the kept counts as `dossierFromRows` folds them. The caller runs it in a
 * transaction (one snapshot).
 */
export function dossierBodyJson(
  db: Database.Database,
  dyad: string,
  a: string,
  b: string,
  latestCount: number,
): string {
  const prepared = preparedFor(db);
  const list = (sql: string, params: Record<string, string | number>) =>
    prepared(sql).raw(true).get(params) as ListRow;
  const text = (sql: string, params: Record<string, string | number>) =>
    prepared(sql).pluck(true).get(params) as string;
  const { totals, byType } = foldCounts(prepared(TYPES_SQL).all({ dyad }) as CountRow[]);
  const limit = DOSSIER_LIST_LIMIT;
  const [persons, personTotal] = list(PERSONS_JSON, { dyad, limit });
  const [commitments, commitmentTotal] = list(COMMITMENTS_JSON, { dyad, a, b, limit });
  const [stories, storyTotal] = list(STORIES_JSON, { dyad, limit });
  return `{"totals":${JSON.stringify(totals)},"byType":${JSON.stringify(byType)},"byMonth":${text(MONTHS_JSON, { dyad })},"latest":${text(LATEST_JSON, { dyad, limit: latestCount })},"persons":${persons},"commitments":${commitments},"stories":${stories},"listTotals":{"persons":${personTotal},"commitments":${commitmentTotal},"stories":${storyTotal}}}`;
}

/**
 * The pair's dossier text as the writer keeps it (`dyad-dossier-text.ts`), unless stale or missing,
 * read as its UTF-8 bytes: a busy pair's 40 KB decoded into a string, then encoded again for the
 * socket, cost ~0.15 of a kept dossier's ~0.18 ms in-process.
 */
const KEPT_BODY = `SELECT CAST(body AS BLOB) FROM dyad_dossier_text t
  WHERE t.dyad = @dyad AND NOT EXISTS (SELECT 1 FROM dyad_dossier_stale s WHERE s.dyad = @dyad)`;

/**
 * `JSON.stringify(dyadDossier(db, a, b, latestCount))`, in one read transaction: the pair's kept
 * text as UTF-8 bytes when it has a current one (a Buffer over a memory of its own, which a reader
 * can transfer), else computed.
 */
export function dyadDossierJson(db: Database.Database, a: string, b: string, latestCount: number): JsonText {
  const dyad = [a, b].sort().join('-');
  const countries = `{"countries":${JSON.stringify([a, b])},`;
  const kept =
    latestCount === DOSSIER_LATEST_EVENTS
      ? (preparedFor(db)(KEPT_BODY).pluck(true).get({ dyad }) as Buffer | undefined)
      : undefined;
  if (kept === undefined)
    return db.transaction(() => countries + dossierBodyJson(db, dyad, a, b, latestCount).slice(1))();
  // The kept body opens with '{', which the countries' prefix replaces (codes are ASCII).
  const text = Buffer.allocUnsafeSlow(countries.length + kept.length - 1);
  text.write(countries, 0, 'latin1');
  kept.copy(text, countries.length, 1);
  return text;
}
