import type { Migration } from './migration.js';

/** The first schema: pages, articles (+FTS), entities, mentions, dates, events, commitments, stories, errors. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE sources (
  uri TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  fetched_at TEXT
);

CREATE TABLE pages (
  sha256 TEXT PRIMARY KEY,
  uri TEXT NOT NULL,
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  record_count INTEGER NOT NULL
);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  page_sha256 TEXT NOT NULL REFERENCES pages(sha256),
  kind TEXT NOT NULL,
  parent TEXT,
  position INTEGER NOT NULL,
  uri TEXT NOT NULL,
  language TEXT,
  title TEXT,
  published TEXT,
  day TEXT,
  dyad TEXT,
  duplicate_of TEXT,
  story_id TEXT,
  minhash BLOB,
  record TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_dyad_day ON articles(dyad, day);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_page ON articles(page_sha256);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content='', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE lsh_buckets (
  band_key INTEGER NOT NULL,
  article_id TEXT NOT NULL
);
CREATE INDEX lsh_buckets_key ON lsh_buckets(band_key);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  surname_key TEXT,
  country TEXT,
  sector TEXT,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX entities_surname ON entities(type, surname_key);

CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);

CREATE TABLE entity_roles (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  article_id TEXT NOT NULL,
  title TEXT NOT NULL,
  country TEXT,
  day TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  rule_id TEXT NOT NULL
);
CREATE INDEX entity_roles_entity ON entity_roles(entity_id);

CREATE TABLE article_entities (
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  rule_id TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE dates (
  article_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  grain TEXT NOT NULL,
  anchor TEXT NOT NULL,
  rule_id TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);

CREATE TABLE events (
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  event TEXT NOT NULL,
  cameo TEXT NOT NULL,
  quad INTEGER NOT NULL,
  mode TEXT NOT NULL,
  context TEXT NOT NULL,
  sectors TEXT NOT NULL,
  actor_codes TEXT NOT NULL,
  recipient_codes TEXT NOT NULL,
  dyad TEXT,
  day TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  confidence REAL NOT NULL,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  is_commitment INTEGER NOT NULL,
  counted INTEGER NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX events_dyad_day ON events(dyad, event, day);
CREATE INDEX events_type ON events(event);

CREATE TABLE commitments (
  article_id TEXT NOT NULL,
  event_local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  by_code TEXT,
  to_code TEXT,
  dyad TEXT,
  what TEXT,
  due_text TEXT,
  due_value TEXT,
  due_day TEXT,
  stated_day TEXT,
  status TEXT NOT NULL,
  status_rule TEXT,
  status_as_of TEXT,
  fulfilled_article TEXT,
  fulfilled_event TEXT,
  PRIMARY KEY (article_id, event_local_id)
);
CREATE INDEX commitments_status ON commitments(status);
CREATE INDEX commitments_dyad ON commitments(dyad, kind, stated_day);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  dyad TEXT NOT NULL,
  first_day TEXT,
  last_day TEXT,
  article_count INTEGER NOT NULL
);

CREATE TABLE errors (
  id INTEGER PRIMARY KEY,
  uri TEXT NOT NULL,
  page_sha256 TEXT,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  UNIQUE (uri, code, message)
);
`,
};
