/** The text search configuration an article is indexed with, by its language. */
export function articleSearchConfig(language: string | null): string {
  if (language === 'fr') return 'entente_fr';
  if (language === 'en') return 'entente_en';
  return 'entente_simple';
}

/** An article's search vector: title and body in its language's configuration. */
export const ARTICLE_VECTOR_SQL = "to_tsvector(?::regconfig, ? || ' ' || ?)";

/**
 * A tsquery over a free-text query's words (letters and digits only), every word required, each
 * matching in any of the three configurations (an article's language decides how it was indexed,
 * not the query's). A word French or English drops as a stop word is dropped from the query too,
 * since articles in that language have no entry for it. `?` placeholders, `params` in order.
 */
export function tsQuery(text: string): { sql: string; params: string[] } {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return { sql: "''::tsquery", params: [] };
  const term = `(SELECT CASE WHEN numnode(fr) = 0 OR numnode(en) = 0 THEN ''::tsquery ELSE fr || en || sv END
    FROM (SELECT to_tsquery('entente_fr', w) AS fr, to_tsquery('entente_en', w) AS en,
      to_tsquery('entente_simple', w) AS sv FROM (SELECT ?::text AS w) x) q)`;
  return { sql: words.map(() => term).join(' && '), params: words };
}
