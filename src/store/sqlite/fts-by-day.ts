import type Database from 'better-sqlite3';
import { searchBody } from '../page-writer/search-body.js';

/**
 * The full-text index whose rowid follows the newest-first order of a search (migration 13): an
 * article's key is its publication day as the number YYYYMMDD (undated: 0) shifted above its `seq`,
 * so `ORDER BY rowid DESC` lists matches by day descending, undated last, then latest stored,
 * as `ORDER BY a.day DESC, a.seq DESC` does for days of years 1000–9999 (a day of an earlier year, which
 * the writer spells with fewer digits, would sort apart) and `seq` below 2^32.
 */
export const FTS_BY_DAY = 'articles_fts_by_day';

/** SQL: the key in `articles_fts_by_day` of the article with ISO `day` (or NULL) and `seq`. */
export function dayKeySql(day: string, seq: string): string {
  return `((COALESCE(CAST(replace(${day}, '-', '') AS INTEGER), 0) << 32) | ${seq})`;
}

/**
 * What starts a pair token: a private-use character, which unicode61 keeps inside a token (its
 * default token characters are letters, numbers and private use) and which a words query never
 * holds (`ftsQuery` keeps runs of letters and digits), so no word search matches a pair token.
 */
const PAIR_TOKEN_MARK = '\u{E000}';

/**
 * The token that says an article holds an event of country pair `dyad` (`CHN-USA`), indexed in the
 * `pairs` column of `articles_fts_by_day` (migration 14): a words + pair search then asks the
 * index for both at once, and FTS5 steps through the rarer list, seeking in the other.
 */
export function pairToken(dyad: string): string {
  return `${PAIR_TOKEN_MARK}${dyad.replace(/-/g, '')}`;
}

/** The `pairs` column of an article whose events have the pairs `dyads` (null: none). */
export function pairTokens(dyads: Iterable<string | null>): string | null {
  const tokens = [...new Set([...dyads].filter((dyad): dyad is string => !!dyad))].map(pairToken);
  return tokens.length ? tokens.join(' ') : null;
}

/**
 * SQL: the `pairs` column of the article whose id is `articleId`, from its stored events (a copy of
 * what `pairTokens` gives the writer: the same tokens, separated by commas rather than spaces).
 */
export function pairTokensSql(articleId: string): string {
  return `(SELECT group_concat(DISTINCT char(57344) || replace(dyad, '-', '')) FROM events
    WHERE article_id = ${articleId} AND dyad IS NOT NULL)`;
}

/** SQL: the article `seq` a key of `articles_fts_by_day` holds. */
export function seqOfKeySql(key: string): string {
  return `(${key} & 4294967295)`;
}

/**
 * `article_search_body(title, text, second_paragraph_start)`: `searchBody` for SQL, so a backfill
 * indexes what the writer indexed (offsets are UTF-16, as JavaScript slices them).
 */
export function registerSearchBody(db: Database.Database): void {
  db.function(
    'article_search_body',
    { deterministic: true },
    (title: unknown, text: unknown, start: unknown) =>
      typeof text === 'string'
        ? searchBody(
            typeof title === 'string' ? title : null,
            text,
            typeof start === 'number' ? start : undefined,
          )
        : null,
  );
}
