/**
 * PostgreSQL's dossier figures (migration 8), defined as SQLite's migration 6 defines them: a pair's
 * events are those with its dyad that are counted (not a repeat from a duplicate's original),
 * asserted (not negated or hypothetical), in an article that is not a near-duplicate. Per pair:
 * events by month, type and quad (`dyad_months`), by story (`dyad_stories`), per acting person, each
 * event once (`dyad_persons`), and the role titles those persons had in the pair's articles, latest
 * day and its country (`dyad_person_roles`).
 */

/** Whether event `e` is a pair event (its article's duplicate flag aside). */
export const pairEvent = (e: string) =>
  `${e}.dyad IS NOT NULL AND ${e}.counted = 1 AND ${e}.negated = 0 AND ${e}.hypothetical = 0`;

/** Upserts that add a contribution to a figure row (a role keeps its latest day and that day's country). */
const ADD_MONTHS =
  'ON CONFLICT (dyad, month, event, quad) DO UPDATE SET events = dyad_months.events + excluded.events';
const ADD_STORIES = `ON CONFLICT (dyad, story_id) DO UPDATE SET articles = dyad_stories.articles + excluded.articles,
  events = dyad_stories.events + excluded.events, first_seq = LEAST(dyad_stories.first_seq, excluded.first_seq)`;
const ADD_PERSONS =
  'ON CONFLICT (dyad, entity_id) DO UPDATE SET events = dyad_persons.events + excluded.events';
const MERGE_ROLES = `ON CONFLICT (dyad, entity_id, title) DO UPDATE SET
  country = CASE WHEN excluded.last_day > dyad_person_roles.last_day
      OR (dyad_person_roles.last_day IS NULL AND excluded.last_day IS NOT NULL)
    THEN excluded.country ELSE dyad_person_roles.country END,
  last_day = CASE WHEN dyad_person_roles.last_day IS NULL OR excluded.last_day > dyad_person_roles.last_day
    THEN excluded.last_day ELSE dyad_person_roles.last_day END`;

/** A role's latest day and the country given with it, over the role rows `r` grouped. */
const LATEST_ROLE = `MAX(r.day), (array_agg(r.country ORDER BY r.day DESC NULLS LAST, r.country NULLS LAST))[1]`;

/** The pair events of originals that `scope` (an SQL test of `a` and `e`) selects, with their article. */
const scopedEvents = (scope: string) =>
  `SELECT e.dyad, e.article_id, e.local_id, e.day, e.event, e.quad, a.story_id, a.seq
   FROM articles a JOIN events e ON e.article_id = a.id
   WHERE ${scope} AND a.duplicate_of IS NULL AND ${pairEvent('e')}`;

/**
 * One statement that adds to the figures the pair events `scope` selects (an SQL test of the
 * article `a` and the event `e`), taken whole per article: the backfill of a range of articles
 * (disjoint ranges add up), or a pair's figures computed again after its rows were deleted.
 */
export function addFiguresSql(scope: string): string {
  return `WITH pair_events AS MATERIALIZED (${scopedEvents(scope)}),
  acting AS MATERIALIZED (
    SELECT pe.dyad, p.entity_id, pe.article_id, pe.local_id
    FROM pair_events pe
      JOIN event_participants p ON p.article_id = pe.article_id AND p.event_local_id = pe.local_id
      JOIN entities en ON en.id = p.entity_id
    WHERE en.type = 'person'),
  months AS (
    INSERT INTO dyad_months (dyad, month, event, quad, events)
    SELECT dyad, COALESCE(substr(day, 1, 7), ''), event, quad, COUNT(*) FROM pair_events GROUP BY 1, 2, 3, 4
    ${ADD_MONTHS}),
  stories AS (
    INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
    SELECT dyad, story_id, COUNT(DISTINCT seq), COUNT(*), MIN(seq) FROM pair_events WHERE story_id IS NOT NULL
    GROUP BY 1, 2
    ${ADD_STORIES}),
  persons AS (
    INSERT INTO dyad_persons (dyad, entity_id, events)
    SELECT dyad, entity_id, COUNT(DISTINCT (article_id, local_id)) FROM acting GROUP BY 1, 2
    ${ADD_PERSONS})
  INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
  SELECT x.dyad, r.entity_id, r.title, ${LATEST_ROLE}
  FROM (SELECT DISTINCT dyad, entity_id, article_id FROM acting) x
    JOIN entity_roles r ON r.entity_id = x.entity_id AND r.article_id = x.article_id
  GROUP BY x.dyad, r.entity_id, r.title
  ${MERGE_ROLES}`;
}

/** The figure tables, each keyed by `dyad`. */
export const FIGURE_TABLES = ['dyad_months', 'dyad_stories', 'dyad_persons', 'dyad_person_roles'] as const;

/**
 * Statements (one parameter: the dyads, a text array) that compute the figures of some pairs again
 * from the stored rows: when an original becomes a copy (`promoteOriginal`), its events leave the
 * pairs' figures, which the insert triggers only ever add to.
 */
export const REFRESH_PAIRS_SQL = [
  ...FIGURE_TABLES.map((table) => `DELETE FROM ${table} WHERE dyad = ANY($1::text[])`),
  addFiguresSql('e.dyad = ANY($1::text[])'),
];

/**
 * Statements (one parameter: story ids, a text array) that compute the story figures of some
 * stories again from their members, after articles moved between stories.
 */
export const REFRESH_STORIES_SQL = [
  'DELETE FROM dyad_stories WHERE story_id = ANY($1::text[])',
  `INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
   SELECT e.dyad, a.story_id, COUNT(DISTINCT a.seq), COUNT(*), MIN(a.seq)
   FROM articles a JOIN events e ON e.article_id = a.id
   WHERE a.story_id = ANY($1::text[]) AND a.duplicate_of IS NULL AND ${pairEvent('e')}
   GROUP BY 1, 2`,
];

/**
 * The original `article` of each row `n` of the transition table, looked up by id for that row
 * (`OFFSET 0` keeps the look-up in the row's loop: the planner may not turn it into a join it would
 * order from statistics of tables still small when a trigger's plan is cached).
 */
const ORIGINAL_OF = (n: string) =>
  `CROSS JOIN LATERAL (SELECT story_id, seq FROM articles WHERE id = ${n}.article_id AND duplicate_of IS NULL OFFSET 0) a`;

/**
 * Persons the participant rows just inserted (`inserted`) make act in pair events, one row per
 * person and event; `known` when the person already acted on the other side of the event (a row
 * of an earlier statement: the table holds more rows of that person and event than this statement
 * added), so that an event counts once per person.
 */
const NEW_ACTING = `WITH added AS MATERIALIZED (
    SELECT article_id, event_local_id, entity_id, COUNT(*) AS rows FROM inserted GROUP BY 1, 2, 3),
  acting AS MATERIALIZED (
    SELECT x.dyad, n.entity_id, n.article_id, n.event_local_id AS local_id,
      (SELECT COUNT(*) FROM event_participants o WHERE o.article_id = n.article_id
        AND o.event_local_id = n.event_local_id AND o.entity_id = n.entity_id) > n.rows AS known
    FROM added n CROSS JOIN LATERAL (
      SELECT e.dyad FROM events e
      WHERE e.article_id = n.article_id AND e.local_id = n.event_local_id AND ${pairEvent('e')}
        AND EXISTS (SELECT 1 FROM articles a WHERE a.id = n.article_id AND a.duplicate_of IS NULL)
        AND EXISTS (SELECT 1 FROM entities en WHERE en.id = n.entity_id AND en.type = 'person')
      OFFSET 0) x)`;

/**
 * Statement-level insert triggers (rows inserted are the transition table `inserted`), so the
 * figures follow every write, whoever writes: the page writer, `entente migrate`'s copy, `bench
 * grow`'s copies inside PostgreSQL. Each handles a multi-row INSERT as one set; rows may arrive in
 * any order (a role before or after its person's participation, events before participants).
 * Each statement is driven by the rows added, with an index look-up per row: a trigger's plans are
 * made once per session, often while the tables are still small (a fresh database being copied
 * into), and a join ordered from those statistics (a copy's chunk of 5000 participants against
 * every pair event) took minutes once the tables had grown.
 */
export const FIGURE_TRIGGERS_SQL = `
CREATE FUNCTION dyad_figures_on_events() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
  INSERT INTO dyad_months (dyad, month, event, quad, events)
  SELECT n.dyad, COALESCE(substr(n.day, 1, 7), ''), n.event, n.quad, COUNT(*)
  FROM inserted n ${ORIGINAL_OF('n')}
  WHERE ${pairEvent('n')}
  GROUP BY 1, 2, 3, 4
  ${ADD_MONTHS};

  -- An article adds to a story's article count with its first pair events of the dyad: when the
  -- table holds no more of them than this statement added.
  WITH added AS MATERIALIZED (
    SELECT n.article_id, n.dyad, COUNT(*) AS events FROM inserted n WHERE ${pairEvent('n')} GROUP BY 1, 2)
  INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
  SELECT n.dyad, a.story_id,
    COUNT(*) FILTER (WHERE (SELECT COUNT(*) FROM events o
      WHERE o.article_id = n.article_id AND o.dyad = n.dyad AND ${pairEvent('o')}) = n.events),
    SUM(n.events), MIN(a.seq)
  FROM added n ${ORIGINAL_OF('n')}
  WHERE a.story_id IS NOT NULL
  GROUP BY 1, 2
  ${ADD_STORIES};
  RETURN NULL;
END $$;

CREATE FUNCTION dyad_figures_on_participants() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
  INSERT INTO dyad_persons (dyad, entity_id, events)
  ${NEW_ACTING} SELECT dyad, entity_id, COUNT(*) FROM acting WHERE NOT known
  GROUP BY 1, 2
  ${ADD_PERSONS};

  INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
  ${NEW_ACTING} SELECT x.dyad, r.entity_id, r.title, ${LATEST_ROLE}
  FROM (SELECT DISTINCT dyad, entity_id, article_id FROM acting) x CROSS JOIN LATERAL (
    SELECT * FROM entity_roles WHERE entity_id = x.entity_id AND article_id = x.article_id OFFSET 0) r
  GROUP BY x.dyad, r.entity_id, r.title
  ${MERGE_ROLES};
  RETURN NULL;
END $$;

CREATE FUNCTION dyad_figures_on_roles() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
  INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
  SELECT d.dyad, r.entity_id, r.title, ${LATEST_ROLE}
  FROM inserted r CROSS JOIN LATERAL (
    SELECT DISTINCT e.dyad FROM event_participants p
      JOIN events e ON e.article_id = p.article_id AND e.local_id = p.event_local_id
    WHERE p.article_id = r.article_id AND p.entity_id = r.entity_id AND ${pairEvent('e')}
      AND EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id AND a.duplicate_of IS NULL)
      AND EXISTS (SELECT 1 FROM entities en WHERE en.id = r.entity_id AND en.type = 'person')) d
  GROUP BY d.dyad, r.entity_id, r.title
  ${MERGE_ROLES};
  RETURN NULL;
END $$;

CREATE TRIGGER dyad_figures_on_events AFTER INSERT ON events
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION dyad_figures_on_events();
CREATE TRIGGER dyad_figures_on_participants AFTER INSERT ON event_participants
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION dyad_figures_on_participants();
CREATE TRIGGER dyad_figures_on_roles AFTER INSERT ON entity_roles
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION dyad_figures_on_roles();
`;
