import type { Migration } from './migration.js';

/**
 * Which resolved entities act in each event (`event_participants`), backfilled from stored records,
 * and the indexes that let a country-pair dossier be computed from indexes alone: the pair's
 * counted, asserted events (`events_pair`), an article's duplicate flag and story (`articles_pair`),
 * a person's roles per article, and commitments made with no counterpart, by author.
 */
export const eventParticipantsSchema: Migration = {
  version: 3,
  name: 'event-participants',
  sql: `
CREATE TABLE event_participants (
  article_id TEXT NOT NULL,
  event_local_id TEXT NOT NULL,
  side TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (article_id, event_local_id, side, entity_id)
) WITHOUT ROWID;

CREATE INDEX events_pair ON events(dyad, day, article_id, local_id, event, quad)
  WHERE counted = 1 AND negated = 0 AND hypothetical = 0;
CREATE INDEX articles_pair ON articles(id, duplicate_of, story_id);

DROP INDEX entity_roles_entity;
CREATE INDEX entity_roles_entity_article ON entity_roles(entity_id, article_id);

CREATE INDEX commitments_undirected ON commitments(by_code) WHERE to_code IS NULL;
`,
  // Parties from each stored record's JSON, a range of articles at a time.
  backfill: `
INSERT OR IGNORE INTO event_participants (article_id, event_local_id, side, entity_id)
SELECT a.id, json_extract(event.value, '$.id'), sides.side, ae.entity_id
FROM articles a
  JOIN json_each(a.record, '$.events') event
  JOIN (SELECT 'actor' AS side UNION ALL SELECT 'recipient') sides
  JOIN json_each(event.value, '$.' || sides.side) party
  JOIN article_entities ae ON ae.article_id = a.id AND ae.local_id = json_extract(party.value, '$.entity')
WHERE a.seq BETWEEN @first AND @last AND EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)`,
};
