import type { Migration } from '../../sqlite/migrations/migration.js';

/**
 * The schema of the SQLite store at its migration 5, for PostgreSQL. Text columns compare in byte
 * order (`COLLATE "C"`, as SQLite does), so candidate lists and listings come in the same order in
 * both stores. `end` is a reserved word here, hence quoted.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE sources (
  uri TEXT COLLATE "C" PRIMARY KEY,
  kind TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  fetched_at TEXT
);

CREATE TABLE pages (
  sha256 TEXT COLLATE "C" PRIMARY KEY,
  uri TEXT COLLATE "C" NOT NULL,
  origin TEXT COLLATE "C" NOT NULL,
  format TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  record_count INTEGER NOT NULL
);

CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  page_sha256 TEXT COLLATE "C" NOT NULL REFERENCES pages(sha256),
  kind TEXT COLLATE "C" NOT NULL,
  parent TEXT COLLATE "C",
  position INTEGER NOT NULL,
  uri TEXT COLLATE "C" NOT NULL,
  language TEXT COLLATE "C",
  title TEXT COLLATE "C",
  published TEXT COLLATE "C",
  day TEXT COLLATE "C",
  dyad TEXT COLLATE "C",
  duplicate_of TEXT COLLATE "C",
  story_id TEXT COLLATE "C",
  minhash BYTEA,
  record TEXT NOT NULL,
  fts TSVECTOR NOT NULL
);
CREATE INDEX articles_day ON articles(day, seq);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_page ON articles(page_sha256);
CREATE INDEX articles_fts ON articles USING GIN (fts);
CREATE INDEX articles_story_candidates ON articles(dyad, day, seq)
  WHERE duplicate_of IS NULL AND story_id IS NOT NULL;

CREATE TABLE lsh_buckets (
  seq BIGSERIAL PRIMARY KEY,
  band_key BIGINT NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX lsh_buckets_key ON lsh_buckets(band_key, seq);

CREATE TABLE entities (
  id SERIAL PRIMARY KEY,
  type TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  name_key TEXT COLLATE "C" NOT NULL,
  surname_key TEXT COLLATE "C",
  country TEXT COLLATE "C",
  sector TEXT COLLATE "C",
  first_seen TEXT COLLATE "C",
  last_seen TEXT COLLATE "C"
);
CREATE INDEX entities_surname ON entities(type, surname_key);

CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT COLLATE "C" NOT NULL,
  alias_key TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);

CREATE TABLE entity_roles (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  article_id TEXT COLLATE "C" NOT NULL,
  title TEXT COLLATE "C" NOT NULL,
  country TEXT COLLATE "C",
  day TEXT COLLATE "C",
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  rule_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX entity_roles_entity_article ON entity_roles(entity_id, article_id);

CREATE TABLE article_entities (
  article_id TEXT COLLATE "C" NOT NULL,
  local_id TEXT COLLATE "C" NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
  article_id TEXT COLLATE "C" NOT NULL,
  local_id TEXT COLLATE "C" NOT NULL,
  entity_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  rule_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE dates (
  article_id TEXT COLLATE "C" NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT COLLATE "C" NOT NULL,
  value TEXT COLLATE "C",
  grain TEXT COLLATE "C" NOT NULL,
  anchor TEXT COLLATE "C" NOT NULL,
  rule_id TEXT COLLATE "C" NOT NULL
);

CREATE TABLE events (
  article_id TEXT COLLATE "C" NOT NULL,
  local_id TEXT COLLATE "C" NOT NULL,
  event TEXT COLLATE "C" NOT NULL,
  cameo TEXT COLLATE "C" NOT NULL,
  quad INTEGER NOT NULL,
  mode TEXT NOT NULL,
  context TEXT NOT NULL,
  sectors TEXT NOT NULL,
  actor_codes TEXT COLLATE "C" NOT NULL,
  recipient_codes TEXT COLLATE "C" NOT NULL,
  dyad TEXT COLLATE "C",
  day TEXT COLLATE "C",
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  rule_id TEXT COLLATE "C" NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  is_commitment INTEGER NOT NULL,
  counted INTEGER NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX events_dyad_day ON events(dyad, event, day);
CREATE INDEX events_type ON events(event);
CREATE INDEX events_pair ON events(dyad, day, article_id, local_id, event, quad)
  WHERE counted = 1 AND negated = 0 AND hypothetical = 0;

CREATE TABLE event_participants (
  article_id TEXT COLLATE "C" NOT NULL,
  event_local_id TEXT COLLATE "C" NOT NULL,
  side TEXT COLLATE "C" NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (article_id, event_local_id, side, entity_id)
);

CREATE TABLE commitments (
  article_id TEXT COLLATE "C" NOT NULL,
  event_local_id TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  by_code TEXT COLLATE "C",
  to_code TEXT COLLATE "C",
  dyad TEXT COLLATE "C",
  what TEXT COLLATE "C",
  due_text TEXT COLLATE "C",
  due_value TEXT COLLATE "C",
  due_day TEXT COLLATE "C",
  stated_day TEXT COLLATE "C",
  status TEXT COLLATE "C" NOT NULL,
  status_rule TEXT COLLATE "C",
  status_as_of TEXT COLLATE "C",
  fulfilled_article TEXT COLLATE "C",
  fulfilled_event TEXT COLLATE "C",
  PRIMARY KEY (article_id, event_local_id)
);
CREATE INDEX commitments_status ON commitments(status);
CREATE INDEX commitments_dyad ON commitments(dyad, kind, stated_day);
CREATE INDEX commitments_undirected ON commitments(by_code) WHERE to_code IS NULL;

CREATE TABLE stories (
  id TEXT COLLATE "C" PRIMARY KEY,
  dyad TEXT COLLATE "C" NOT NULL,
  first_day TEXT COLLATE "C",
  last_day TEXT COLLATE "C",
  article_count INTEGER NOT NULL
);

CREATE TABLE errors (
  id SERIAL PRIMARY KEY,
  uri TEXT COLLATE "C" NOT NULL,
  page_sha256 TEXT COLLATE "C",
  code TEXT COLLATE "C" NOT NULL,
  message TEXT COLLATE "C" NOT NULL,
  UNIQUE (uri, code, message)
);

CREATE TABLE watchlists (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  filter TEXT NOT NULL,
  webhook_url TEXT,
  webhook_secret TEXT
);

CREATE TABLE watchlist_events (
  seq BIGSERIAL,
  watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  article_id TEXT COLLATE "C" NOT NULL,
  event_local_id TEXT COLLATE "C" NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  delivered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (watchlist_id, article_id, event_local_id)
);
`,
};
