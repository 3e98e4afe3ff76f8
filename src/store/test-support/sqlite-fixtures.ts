import type { SyntheticOptions } from '../../bench/synthetic-pages.js';
import { SqliteArticleStore } from '../sqlite/sqlite-store.js';
import { analysedSyntheticPages } from './synthetic-fixtures.js';

/** A SQLite store at `path` holding analysed synthetic pages (migration tests copy from it). */
export async function storeSyntheticPages(path: string, options: SyntheticOptions): Promise<void> {
  const store = SqliteArticleStore.open(path);
  for (const page of analysedSyntheticPages(options)) await store.storePage(page);
  await store.close();
}

/** The stored rows the dyad figures (migration 6) are computed from. */
export const DYAD_FIGURE_SOURCE_TABLES = [
  'pages',
  'articles',
  'entities',
  'article_entities',
  'events',
  'event_participants',
  'entity_roles',
];

/** Every dyad figure table, in a stable order, for comparing two computations of them. */
export const DYAD_FIGURE_QUERIES = [
  'SELECT * FROM dyad_months ORDER BY dyad, month, event, quad',
  'SELECT * FROM dyad_stories ORDER BY dyad, story_id',
  'SELECT * FROM dyad_persons ORDER BY dyad, entity_id',
  'SELECT dyad, entity_id, title, last_day FROM dyad_person_roles ORDER BY dyad, entity_id, title',
];
