import type { Migration } from '../../sqlite/migrations/migration.js';

/**
 * Accent-insensitive text search configurations: French and English stem their words, `simple`
 * (other languages) keeps them whole; all three fold accents with `unaccent`. An article is indexed
 * with its language's configuration (`articleSearchConfig` in `text-search.ts`).
 */
export const textSearchConfigurations: Migration = {
  version: 2,
  name: 'text-search',
  sql: `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION entente_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION entente_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION entente_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION entente_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION entente_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION entente_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
`,
};
