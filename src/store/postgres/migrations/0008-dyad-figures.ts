import type { Migration } from '../../sqlite/migrations/migration.js';
import { addFiguresSql, FIGURE_TRIGGERS_SQL } from '../dyad-figures.js';

/**
 * The dossier figures (`dyad-figures.ts`), as SQLite's migration 6: kept by statement-level insert
 * triggers, computed again by the page writer for the pairs and stories a promotion or a story move
 * changes, and backfilled for the articles stored before, a range of `seq` at a time (each range
 * adds its articles' contributions). `dyad_stories_page` gives the dossier its stories in page
 * order; `dyad_stories_story` finds a story's rows when it is computed again.
 */
export const dyadFigures: Migration = {
  version: 8,
  name: 'dyad-figures',
  sql: `
CREATE TABLE dyad_months (
  dyad TEXT COLLATE "C" NOT NULL,
  month TEXT COLLATE "C" NOT NULL,
  event TEXT COLLATE "C" NOT NULL,
  quad INTEGER NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (dyad, month, event, quad)
);

CREATE TABLE dyad_stories (
  dyad TEXT COLLATE "C" NOT NULL,
  story_id TEXT COLLATE "C" NOT NULL,
  articles INTEGER NOT NULL,
  events INTEGER NOT NULL,
  first_seq BIGINT NOT NULL,
  PRIMARY KEY (dyad, story_id)
);
CREATE INDEX dyad_stories_page ON dyad_stories (dyad, events DESC, story_id);
CREATE INDEX dyad_stories_story ON dyad_stories (story_id);

CREATE TABLE dyad_persons (
  dyad TEXT COLLATE "C" NOT NULL,
  entity_id INTEGER NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (dyad, entity_id)
);

CREATE TABLE dyad_person_roles (
  dyad TEXT COLLATE "C" NOT NULL,
  entity_id INTEGER NOT NULL,
  title TEXT COLLATE "C" NOT NULL,
  last_day TEXT COLLATE "C",
  country TEXT COLLATE "C",
  PRIMARY KEY (dyad, entity_id, title)
);
${FIGURE_TRIGGERS_SQL}`,
  backfill: addFiguresSql('a.seq BETWEEN @first AND @last'),
};
