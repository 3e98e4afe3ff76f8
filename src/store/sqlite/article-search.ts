import type Database from 'better-sqlite3';
import { nameKey } from '../../dedupe/name-keys.js';
import type { ArticleFilter, ArticleHit } from '../article-store.js';
import { filterSql, ftsQuery } from './filter-sql.js';

const DEFAULT_LIMIT = 50;
/** Articles above which a person filter walks articles by date instead of listing the person's. */
const COMMON_PERSON_ARTICLES = 2000;
/**
 * Matches (counted up to one past it) up to which a word search lists them all
 * and sorts them by date; above, it walks articles by date and checks each against the words.
 */
const SORTED_MATCHES = 3000;
/** Articles a selective search checks against the words one by one before reading their matches at once. */
const PROBES_BEFORE_SET = 64;
/** Most matches read into a set for those checks (beyond, each article is probed). */
const MATCH_SET_LIMIT = 20_000;
/** Newest full-text matches ranked by bm25 when a search asks for relevance order. */
const FTS_WINDOW = 5000;

export interface ArticleRow {
  id: string;
  kind: string;
  title: string | null;
  published: string | null;
  language: string | null;
  uri: string;
  duplicate_of: string | null;
  story_id: string | null;
  events: number;
}

/** The columns an ArticleRow reads from `articles a`, with the article's counted events. */
export const ARTICLE_ROW_COLUMNS = `a.id, a.kind, a.title, a.published, a.language, a.uri, a.duplicate_of, a.story_id,
  (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND e.counted = 1) AS events`;

/** Newest first: publication day (undated last), then latest stored. */
const NEWEST = 'ORDER BY a.day DESC, a.seq DESC';

/** An ArticleRow as the search result it is. */
export function hitFromRow(row: ArticleRow): ArticleHit {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    published: row.published,
    language: row.language,
    uri: row.uri,
    duplicateOf: row.duplicate_of,
    story: row.story_id,
    events: row.events,
  };
}

/**
 * Article searches over one connection, each shaped so it stops near the page size: the most
 * selective side drives (a rare person or rare words are listed and sorted; common ones are
 * checked while walking articles newest first).
 */
export class ArticleSearch {
  constructor(
    private readonly statement: (sql: string) => Database.Statement,
    private readonly thresholds = {
      commonPersonArticles: COMMON_PERSON_ARTICLES,
      sortedMatches: SORTED_MATCHES,
      probesBeforeSet: PROBES_BEFORE_SET,
    } as { commonPersonArticles: number; sortedMatches: number; probesBeforeSet?: number },
  ) {}

  /** The person entities a person filter names (alias or surname), or null without one. */
  personIds(filter: ArticleFilter): number[] | null {
    if (!filter.person) return null;
    const key = nameKey(filter.person);
    // Two indexed look-ups (alias key, surname key): an OR across the join would read every person.
    const rows = this.statement(
      `SELECT x.id FROM (SELECT entity_id AS id FROM entity_aliases WHERE alias_key = ?
         UNION SELECT id FROM entities WHERE type = 'person' AND surname_key = ?) x
       JOIN entities e ON e.id = x.id WHERE e.type = 'person' ORDER BY x.id`,
    ).all(key, key) as Array<{ id: number }>;
    return rows.map((row) => row.id);
  }

  /** Whether persons are in so many articles that walking articles by date finds a page sooner. */
  private isCommonPerson(personIds: number[] | null): boolean {
    if (!personIds || personIds.length === 0) return false;
    // Counted no further than one past the threshold.
    const count = this.statement(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))
         LIMIT ?)`,
    ).get(JSON.stringify(personIds), this.thresholds.commonPersonArticles + 1) as { n: number };
    return count.n > this.thresholds.commonPersonArticles;
  }

  /**
   * Whether at most `sortedMatches` articles hold all the words, counted by reading no further
   * than one past it: a word's document count (fts5vocab) decodes its whole posting list, which
   * for a word in most of 400k articles cost ~150 ms on every search.
   */
  private isRare(fts: string): boolean {
    const { n } = this.statement(
      'SELECT COUNT(*) AS n FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)',
    ).get(fts, this.thresholds.sortedMatches + 1) as { n: number };
    return n <= this.thresholds.sortedMatches;
  }

  search(filter: ArticleFilter): ArticleHit[] {
    const { text, order, ...rest } = filter;
    const personIds = this.personIds(filter);
    const commonPerson = this.isCommonPerson(personIds);
    const countries = (filter.countries ?? []).slice(0, 2).map((code) => code.toUpperCase());
    // A country pair's articles (counted events) are listed newest first by `article_dyads`.
    const pairIndexed = countries.length === 2 && !filter.includeDuplicates;
    const sql = filterSql(rest, personIds, commonPerson, pairIndexed);
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const fts = text ? ftsQuery(text) : null;
    if (pairIndexed && !(fts && this.isRare(fts))) {
      // The pair's articles come newest first from its index; the other conditions are checked on
      // each, the words last, until the page is full.
      const tail = `FROM article_dyads d CROSS JOIN articles a ON a.seq = d.seq WHERE d.dyad = ? AND ${sql.where}
        ORDER BY d.day DESC, d.seq DESC`;
      const params = [countries.sort().join('-'), ...sql.params];
      if (!text) return this.rows(tail, [...params, limit]);
      return this.probeWords(tail, params, fts ?? '""', limit);
    }
    if (!text) {
      return this.rows(`FROM articles a WHERE ${sql.where} ${NEWEST}`, [...sql.params, limit]);
    }
    // Words with no filter but the defaults (no duplicates, main articles).
    const onlyWords =
      /^(1|a\.duplicate_of IS NULL|a\.kind = 'article'|a\.duplicate_of IS NULL AND a\.kind = 'article')$/.test(
        sql.where,
      );
    if (onlyWords && order === 'relevance') {
      // bm25 over the newest FTS_WINDOW matches, so common words stay bounded at any corpus size.
      return this.rows(
        `FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f
         JOIN articles a ON a.seq = f.rowid WHERE ${sql.where} ORDER BY f.rank, a.seq DESC`,
        [fts ?? '""', FTS_WINDOW, ...sql.params, limit],
      );
    }
    const selective =
      (filter.person && !commonPerson) || filter.commitmentStatus || (filter.countries?.length ?? 0) >= 2;
    const rareWords = fts === null || this.isRare(fts);
    if (selective && !rareWords) {
      // The selective filter drives: its articles sorted newest first, each checked against the
      // words in turn until the page is full (listing every match of common words costs seconds).
      return this.probeWords(`FROM articles a WHERE ${sql.where} ${NEWEST}`, sql.params, fts ?? '""', limit);
    }
    if (rareWords) {
      // Rare words: list their matches and sort them.
      return this.rows(
        `FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) f CROSS JOIN articles a ON a.seq = f.rowid
         WHERE ${sql.where} ${NEWEST}`,
        [fts ?? '""', ...sql.params, limit],
      );
    }
    // Common words: walk articles newest first, checking each against the words, until the page is full.
    return this.rows(
      `FROM articles a INDEXED BY articles_day
       WHERE ${sql.where} AND EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = a.seq LIMIT 1)
       ${NEWEST}`,
      [...sql.params, fts ?? '""', limit],
    );
  }

  /** The first `limit` articles of a `FROM … ORDER BY …` tail (`params` bound) that hold the words of `fts`. */
  private probeWords(tail: string, params: Array<string | number>, fts: string, limit: number): ArticleHit[] {
    const sorted = this.statement(`SELECT a.seq ${tail}`);
    // CAST: a JS number is bound as a REAL, and FTS5 then ignores the rowid constraint (every match).
    const holds = this.statement(
      'SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)',
    );
    const row = this.statement(`SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.seq = ?`);
    const hits: ArticleHit[] = [];
    if (limit <= 0) return hits;
    // Each probe seeks the words' posting lists (~50 µs for a common word): past the first rows
    // walked, a word in few enough articles is read once into a set instead.
    let matches: Set<number> | null = null;
    let walked = 0;
    for (const { seq } of sorted.iterate(...params) as Iterable<{ seq: number }>) {
      if (++walked === (this.thresholds.probesBeforeSet ?? PROBES_BEFORE_SET)) matches = this.matchSet(fts);
      if (matches ? !matches.has(seq) : holds.get(fts, seq) === undefined) continue;
      hits.push(hitFromRow(row.get(seq) as ArticleRow));
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** The articles holding the words, when there are at most MATCH_SET_LIMIT of them. */
  private matchSet(fts: string): Set<number> | null {
    const seqs = this.statement('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?')
      .pluck()
      .all(fts, MATCH_SET_LIMIT + 1) as number[];
    return seqs.length > MATCH_SET_LIMIT ? null : new Set(seqs);
  }

  /** The page of hits a `FROM … ORDER BY …` tail gives, `LIMIT ?` bound to the last parameter. */
  private rows(tail: string, params: Array<string | number>): ArticleHit[] {
    const rows = this.statement(`SELECT ${ARTICLE_ROW_COLUMNS} ${tail} LIMIT ?`).all(
      ...params,
    ) as ArticleRow[];
    return rows.map(hitFromRow);
  }
}
