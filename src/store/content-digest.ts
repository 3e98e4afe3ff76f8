/** Tables and orderings that make up the content digest (no wall-clock columns); SQL both stores run. */
export const DIGEST_QUERIES = [
  'SELECT sha256, uri, origin, format, byte_length, record_count FROM pages ORDER BY sha256',
  'SELECT id, page_sha256, day, dyad, duplicate_of, story_id, record FROM articles ORDER BY id',
  'SELECT id, type, name, country, first_seen, last_seen FROM entities ORDER BY id',
  'SELECT entity_id, alias_key FROM entity_aliases ORDER BY entity_id, alias_key',
  'SELECT * FROM entity_roles ORDER BY entity_id, article_id, start',
  'SELECT * FROM article_entities ORDER BY article_id, local_id',
  'SELECT * FROM mentions ORDER BY article_id, start, "end", local_id',
  'SELECT * FROM dates ORDER BY article_id, start, "end"',
  'SELECT article_id, local_id, event, dyad, day, counted FROM events ORDER BY article_id, local_id',
  'SELECT * FROM event_participants ORDER BY article_id, event_local_id, side, entity_id',
  'SELECT * FROM commitments ORDER BY article_id, event_local_id',
  'SELECT * FROM stories ORDER BY id',
  'SELECT uri, code, message FROM errors ORDER BY uri, code, message',
];
