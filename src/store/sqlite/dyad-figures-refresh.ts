import type Database from 'better-sqlite3';

/** A pair event as migration 6 defines it: with a dyad, counted, asserted. */
const PAIR_EVENT = 'e.dyad = @dyad AND e.counted = 1 AND e.negated = 0 AND e.hypothetical = 0';

/**
 * The dossier figures of one pair, computed again from the stored rows with migration 6's
 * definitions (`0006-dyad-figures.ts`). Insert triggers keep the figures while articles only
 * arrive; when an article stops being an original (a dated or earlier copy arrived, see
 * `PageWriter`), the pairs of its events are computed again here.
 */
const REFRESH_SQL = [
  'DELETE FROM dyad_months WHERE dyad = @dyad',
  'DELETE FROM dyad_stories WHERE dyad = @dyad',
  'DELETE FROM dyad_persons WHERE dyad = @dyad',
  'DELETE FROM dyad_person_roles WHERE dyad = @dyad',
  `INSERT INTO dyad_months (dyad, month, event, quad, events)
   SELECT e.dyad, COALESCE(substr(e.day, 1, 7), ''), e.event, e.quad, COUNT(*)
   FROM events e INDEXED BY events_pair CROSS JOIN articles a ON a.id = e.article_id
   WHERE ${PAIR_EVENT} AND a.duplicate_of IS NULL
   GROUP BY 1, 2, 3, 4`,
  `INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
   SELECT e.dyad, a.story_id, COUNT(DISTINCT a.seq), COUNT(*), MIN(a.seq)
   FROM events e INDEXED BY events_pair CROSS JOIN articles a ON a.id = e.article_id
   WHERE ${PAIR_EVENT} AND a.duplicate_of IS NULL AND a.story_id IS NOT NULL
   GROUP BY 1, 2`,
  `INSERT INTO dyad_persons (dyad, entity_id, events)
   SELECT e.dyad, p.entity_id, COUNT(DISTINCT e.rowid)
   FROM events e INDEXED BY events_pair CROSS JOIN articles a ON a.id = e.article_id
     CROSS JOIN event_participants p ON p.article_id = e.article_id AND p.event_local_id = e.local_id
     CROSS JOIN entities en ON en.id = p.entity_id
   WHERE ${PAIR_EVENT} AND a.duplicate_of IS NULL AND en.type = 'person'
   GROUP BY e.dyad, p.entity_id`,
  `INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
   SELECT x.dyad, r.entity_id, r.title, MAX(r.day), r.country
   FROM (SELECT DISTINCT e.dyad, p.entity_id, p.article_id
         FROM events e INDEXED BY events_pair CROSS JOIN articles a ON a.id = e.article_id
           CROSS JOIN event_participants p ON p.article_id = e.article_id AND p.event_local_id = e.local_id
           CROSS JOIN entities en ON en.id = p.entity_id
         WHERE ${PAIR_EVENT} AND a.duplicate_of IS NULL AND en.type = 'person') x
     CROSS JOIN entity_roles r ON r.entity_id = x.entity_id AND r.article_id = x.article_id
   GROUP BY x.dyad, r.entity_id, r.title`,
];

/** A function that recomputes the dossier figures of some pairs (in the caller's transaction). */
export function dyadFiguresRefresher(db: Database.Database): (dyads: Iterable<string>) => void {
  let statements: Database.Statement[] | null = null;
  return (dyads) => {
    statements ??= REFRESH_SQL.map((sql) => db.prepare(sql));
    for (const dyad of dyads) for (const statement of statements) statement.run({ dyad });
  };
}
