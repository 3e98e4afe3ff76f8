import type { Migration } from './migration.js';

/**
 * What a dossier counts, per pair: a pair's events are those with its dyad that are counted (not
 * a repeat from a duplicate's canonical copy), asserted (not negated or hypothetical), in an
 * article that is not a near-duplicate.
 */
const PAIR_EVENT = (e: string) =>
  `${e}.dyad IS NOT NULL AND ${e}.counted = 1 AND ${e}.negated = 0 AND ${e}.hypothetical = 0`;

/**
 * Dossier figures kept up to date by triggers as the writer inserts rows, so an uncached dossier
 * reads a few rows per pair instead of aggregating all the pair's events: events per pair, month,
 * type and quad; per pair and story; per pair and acting person (each event once); and the role
 * titles those persons had in the pair's articles (latest day and its country). Rows are never
 * updated once written (an article's duplicate flag, story and events are fixed when inserted), so
 * insert triggers are all it takes. Existing stores are backfilled with the same definitions.
 */
export const dyadFigures: Migration = {
  version: 6,
  name: 'dyad-figures',
  sql: `
CREATE TABLE dyad_months (
  dyad TEXT NOT NULL,
  month TEXT NOT NULL,
  event TEXT NOT NULL,
  quad INTEGER NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (dyad, month, event, quad)
) WITHOUT ROWID;

CREATE TABLE dyad_stories (
  dyad TEXT NOT NULL,
  story_id TEXT NOT NULL,
  articles INTEGER NOT NULL,
  events INTEGER NOT NULL,
  first_seq INTEGER NOT NULL,
  PRIMARY KEY (dyad, story_id)
) WITHOUT ROWID;

CREATE TABLE dyad_persons (
  dyad TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (dyad, entity_id)
) WITHOUT ROWID;

CREATE TABLE dyad_person_roles (
  dyad TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  last_day TEXT,
  country TEXT,
  PRIMARY KEY (dyad, entity_id, title)
) WITHOUT ROWID;

INSERT INTO dyad_months (dyad, month, event, quad, events)
SELECT e.dyad, COALESCE(substr(e.day, 1, 7), ''), e.event, e.quad, COUNT(*)
FROM events e INDEXED BY events_pair CROSS JOIN articles a INDEXED BY articles_pair ON a.id = e.article_id
WHERE ${PAIR_EVENT('e')} AND a.duplicate_of IS NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
SELECT e.dyad, a.story_id, COUNT(DISTINCT a.seq), COUNT(*), MIN(a.seq)
FROM events e INDEXED BY events_pair CROSS JOIN articles a INDEXED BY articles_pair ON a.id = e.article_id
WHERE ${PAIR_EVENT('e')} AND a.duplicate_of IS NULL AND a.story_id IS NOT NULL
GROUP BY 1, 2;

CREATE TEMP TABLE acting AS
SELECT e.dyad, p.entity_id, p.article_id, e.rowid AS event_row
FROM events e INDEXED BY events_pair CROSS JOIN articles a INDEXED BY articles_pair ON a.id = e.article_id
  CROSS JOIN event_participants p ON p.article_id = e.article_id AND p.event_local_id = e.local_id
  CROSS JOIN entities en ON en.id = p.entity_id
WHERE ${PAIR_EVENT('e')} AND a.duplicate_of IS NULL AND en.type = 'person';

INSERT INTO dyad_persons (dyad, entity_id, events)
SELECT dyad, entity_id, COUNT(DISTINCT event_row) FROM temp.acting GROUP BY dyad, entity_id;

INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
SELECT x.dyad, r.entity_id, r.title, MAX(r.day), r.country
FROM (SELECT DISTINCT dyad, entity_id, article_id FROM temp.acting) x
  CROSS JOIN entity_roles r ON r.entity_id = x.entity_id AND r.article_id = x.article_id
GROUP BY x.dyad, r.entity_id, r.title;

DROP TABLE temp.acting;

CREATE TRIGGER dyad_figures_on_event AFTER INSERT ON events WHEN ${PAIR_EVENT('NEW')}
BEGIN
  INSERT INTO dyad_months (dyad, month, event, quad, events)
  SELECT NEW.dyad, COALESCE(substr(NEW.day, 1, 7), ''), NEW.event, NEW.quad, 1
  FROM articles a WHERE a.id = NEW.article_id AND a.duplicate_of IS NULL
  ON CONFLICT (dyad, month, event, quad) DO UPDATE SET events = events + 1;

  INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
  SELECT NEW.dyad, a.story_id,
    NOT EXISTS (SELECT 1 FROM events o WHERE o.article_id = NEW.article_id AND o.local_id <> NEW.local_id
      AND o.dyad = NEW.dyad AND ${PAIR_EVENT('o')}),
    1, a.seq
  FROM articles a WHERE a.id = NEW.article_id AND a.duplicate_of IS NULL AND a.story_id IS NOT NULL
  ON CONFLICT (dyad, story_id) DO UPDATE SET articles = articles + excluded.articles, events = events + 1,
    first_seq = MIN(first_seq, excluded.first_seq);
END;

CREATE TRIGGER dyad_figures_on_participant AFTER INSERT ON event_participants
BEGIN
  INSERT INTO dyad_persons (dyad, entity_id, events)
  SELECT e.dyad, NEW.entity_id, 1
  FROM events e, articles a, entities en
  WHERE e.article_id = NEW.article_id AND e.local_id = NEW.event_local_id AND ${PAIR_EVENT('e')}
    AND a.id = NEW.article_id AND a.duplicate_of IS NULL AND en.id = NEW.entity_id AND en.type = 'person'
    AND NOT EXISTS (SELECT 1 FROM event_participants o WHERE o.article_id = NEW.article_id
      AND o.event_local_id = NEW.event_local_id AND o.entity_id = NEW.entity_id AND o.side <> NEW.side)
  ON CONFLICT (dyad, entity_id) DO UPDATE SET events = events + 1;

  INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
  SELECT e.dyad, r.entity_id, r.title, r.day, r.country
  FROM events e, articles a, entities en, entity_roles r
  WHERE e.article_id = NEW.article_id AND e.local_id = NEW.event_local_id AND ${PAIR_EVENT('e')}
    AND a.id = NEW.article_id AND a.duplicate_of IS NULL AND en.id = NEW.entity_id AND en.type = 'person'
    AND r.entity_id = NEW.entity_id AND r.article_id = NEW.article_id
  ON CONFLICT (dyad, entity_id, title) DO UPDATE SET
    country = CASE WHEN excluded.last_day > last_day OR (last_day IS NULL AND excluded.last_day IS NOT NULL)
      THEN excluded.country ELSE country END,
    last_day = CASE WHEN last_day IS NULL OR excluded.last_day > last_day THEN excluded.last_day ELSE last_day END;
END;

CREATE TRIGGER dyad_figures_on_role AFTER INSERT ON entity_roles
BEGIN
  INSERT INTO dyad_person_roles (dyad, entity_id, title, last_day, country)
  SELECT DISTINCT e.dyad, NEW.entity_id, NEW.title, NEW.day, NEW.country
  FROM event_participants p, events e, articles a, entities en
  WHERE p.article_id = NEW.article_id AND p.entity_id = NEW.entity_id
    AND e.article_id = p.article_id AND e.local_id = p.event_local_id AND ${PAIR_EVENT('e')}
    AND a.id = NEW.article_id AND a.duplicate_of IS NULL AND en.id = NEW.entity_id AND en.type = 'person'
  ON CONFLICT (dyad, entity_id, title) DO UPDATE SET
    country = CASE WHEN excluded.last_day > last_day OR (last_day IS NULL AND excluded.last_day IS NOT NULL)
      THEN excluded.country ELSE country END,
    last_day = CASE WHEN last_day IS NULL OR excluded.last_day > last_day THEN excluded.last_day ELSE last_day END;
END;
`,
};
