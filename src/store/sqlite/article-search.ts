import type Database from 'better-sqlite3';
import { nameKey } from '../../dedupe/name-keys.js';
import type { ArticleFilter, ArticleHit } from '../article-store.js';
import { filterSql, ftsQuery } from './filter-sql.js';
import { FTS_BY_DAY, pairToken, seqOfKeySql } from './fts-by-day.js';
import { ftsByDayComplete } from './fts-by-day-fill.js';

const DEFAULT_LIMIT = 50;
/**
 * Matches (counted up to one past it) up to which a word search may list them all and sort them by
 * date (~0.8 µs a match: each match's article row is read); above, it walks articles by date and
 * checks each against the words.
 */
const SORTED_MATCHES = 3000;
/**
 * Index entries a rare-word search walks per match before it sorts instead: walking costs ~0.05 µs
 * an entry, sorting ~0.8 µs a match, so the walk tried first costs at most about the sort, and
 * words whose matches are recent (most) fill the page in far fewer entries (visite, 2,640 matches:
 * 2.6 ms sorted, 0.35 ms walked).
 */
const WALK_PER_MATCH = 16;
/**
 * Matches up to which a walk checks articles against the words' whole match list, read once
 * (~30 ns a match, into SQLite's IN list); above, each article walked is probed in the full-text
 * index instead (~25 µs a probe, but such common words fill a page within a few dozen articles).
 */
const MATCH_LIST_LIMIT = 40_000;
/**
 * Matches a words-only search reads newest first from `articles_fts_by_day` (~0.1 µs an index
 * entry, ~1 µs an article row checked) before it falls back to counting them and choosing a plan:
 * a page of a word in main articles fills within a few dozen.
 */
const DAY_WALK = 2000;
/** Newest full-text matches ranked by bm25 when a search asks for relevance order. */
const FTS_WINDOW = 5000;
/**
 * Persons up to which their articles are merged from one index walk each (a UNION of the persons'
 * `article_persons` entries, each already newest first, so the page stops the merge); above, all
 * their entries are read and sorted (`PERSON_ARTICLES_SORTED`).
 */
const MERGED_PERSONS = 32;
/**
 * The articles of the persons bound one parameter each, newest first, once each however many of the
 * persons they name (migration 11): SQLite merges the persons' index walks, so a page of a person
 * with 8,760 entries reads ~21 of them (1.4 → 0.04 ms); `LIMIT -1` keeps the co-routine's order, so
 * the outer ORDER BY costs no sort.
 */
function personArticles(count: number): string {
  const arms = Array.from(
    { length: count },
    () => 'SELECT day, seq FROM article_persons WHERE entity_id = ?',
  );
  return `(${arms.join(' UNION ')} ORDER BY day DESC, seq DESC LIMIT -1) p`;
}
/** Many persons (a common surname): their entries bound as a JSON array, read and sorted. */
const PERSON_ARTICLES_SORTED = `(SELECT DISTINCT day, seq FROM article_persons WHERE entity_id IN (SELECT value FROM json_each(?))
  ORDER BY day DESC, seq DESC LIMIT -1) p`;

/** An index whose entries list a filter's articles in page order (a person's, a country pair's). */
interface IndexWalk {
  /** `FROM …` the index joined to `articles a`. */
  from: string;
  /** The index entry's article `seq`, checked against the words before the article row is read. */
  seq: string;
  /** The condition that selects the filter's entries, and its parameters. */
  where: string;
  params: Array<string | number>;
  order: string;
}

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

/**
 * The hits at a JSON list of article `seq`s, in the list's order (each counts its events from
 * migration 16's index alone).
 */
export const PAGE_HITS_SQL = `SELECT ${ARTICLE_ROW_COLUMNS} FROM json_each(?) page CROSS JOIN articles a ON a.seq = page.value
  ORDER BY page.key`;

/** Newest first: publication day (undated last), then latest stored. */
const NEWEST = 'ORDER BY a.day DESC, a.seq DESC';
/** The same order on the date index's own entries. */
const NEWEST_ENTRIES = 'ORDER BY day DESC, seq DESC';

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
 * Article searches over one connection, each shaped so it stops near the page size: a person's or
 * a pair's articles come in page order from their own index; rare words are listed and sorted;
 * other searches walk articles newest first, checking each against the words.
 */
export class ArticleSearch {
  constructor(
    private readonly statement: (sql: string) => Database.Statement,
    private readonly thresholds = {
      sortedMatches: SORTED_MATCHES,
      matchListLimit: MATCH_LIST_LIMIT,
    } as {
      sortedMatches: number;
      matchListLimit?: number;
      walkPerMatch?: number;
      mergedPersons?: number;
      dayWalk?: number;
    },
  ) {}

  /** Whether `articles_fts_by_day` holds every article yet (read until it does; it stays so). */
  private byDayComplete = false;

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

  /**
   * How many articles hold all the words, counted no further than one past the largest threshold:
   * a word's document count (fts5vocab) decodes its whole posting list, which for a word in most of
   * 400k articles cost ~150 ms on every search.
   */
  private matchCount(fts: string): number {
    const cap = Math.max(this.thresholds.sortedMatches, this.matchListLimit);
    const { n } = this.statement(
      'SELECT COUNT(*) AS n FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)',
    ).get(fts, cap + 1) as { n: number };
    return n;
  }

  private get matchListLimit(): number {
    return this.thresholds.matchListLimit ?? MATCH_LIST_LIMIT;
  }

  /**
   * The condition that the article whose `seq` is `column` holds the words: a look-up in their
   * match list, read once, when there are few enough matches; else a probe of the full-text index
   * for that article alone. Either is checked on the walk's index entry before the article's row is read.
   */
  private wordsCondition(column: string, fts: string, matches: number): { sql: string; params: string[] } {
    return {
      sql:
        matches <= this.matchListLimit
          ? `${column} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`
          : `EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ${column} LIMIT 1)`,
      params: [fts],
    };
  }

  /**
   * The page of articles matching `filter`, newest first (or by relevance): each plan reads an
   * index in the page's order and stops once the page is full, but for rare words, whose few
   * articles are listed and sorted.
   */
  search(filter: ArticleFilter): ArticleHit[] {
    const { text, order, ...rest } = filter;
    const personIds = this.personIds(filter);
    if (personIds?.length === 0) return [];
    const countries = (filter.countries ?? []).slice(0, 2).map((code) => code.toUpperCase());
    // A country pair's articles (counted events) are listed newest first by `article_dyads`.
    const pairIndexed = countries.length === 2 && !filter.includeDuplicates;
    // Persons are the index walked (below), so the builder leaves them out.
    const sql = filterSql(rest, null, pairIndexed);
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const fts = text ? (ftsQuery(text) ?? '""') : null;
    const pair = pairIndexed ? countries.sort().join('-') : null;
    if (pair && fts !== null && !personIds && this.readsByDay()) {
      // Words and a pair: one query of the index by day for the words and the pair's token
      // (migration 14), whose matches FTS5 lists newest first by stepping through the rarer list and
      // seeking in the others; each is checked against the filter (the pair's counted events among
      // them) on its article until the page is full. The pair's articles walked against the words'
      // whole match list read it all on every search.
      return this.rows(
        `FROM (SELECT rowid AS k FROM ${FTS_BY_DAY} WHERE ${FTS_BY_DAY} MATCH ? ORDER BY rowid DESC) f
         CROSS JOIN articles a ON a.seq = ${seqOfKeySql('f.k')} WHERE ${sql.where} ORDER BY f.k DESC`,
        [`${fts} "${pairToken(pair)}"`, ...sql.params, limit],
      );
    }
    const walk = this.indexWalk(personIds, pair);
    if (walk) {
      // The index's entries come in page order, each checked against the words on the entry, then
      // against the other conditions on the article, until the page is full.
      const words = fts === null ? null : this.wordsCondition(walk.seq, fts, this.matchCount(fts));
      const where = [walk.where, ...(words ? [words.sql] : []), sql.where].join(' AND ');
      return this.rows(`${walk.from} WHERE ${where} ${walk.order}`, [
        ...walk.params,
        ...(words?.params ?? []),
        ...sql.params,
        limit,
      ]);
    }
    if (fts === null)
      return this.rows(`FROM articles a WHERE ${sql.where} ${NEWEST}`, [...sql.params, limit]);
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
        [fts, FTS_WINDOW, ...sql.params, limit],
      );
    }
    if (onlyWords && this.readsByDay()) {
      // The words' matches newest first from the index keyed in that order, each checked against
      // the defaults on its article, until the page is full; a page still short after DAY_WALK
      // matches (words mostly in teasers or copies) falls back to the plans below. Until migration
      // 13's fill has indexed every article, the plans below, as before it.
      const walked = this.pageSeqs(
        `FROM (SELECT rowid AS k FROM ${FTS_BY_DAY} WHERE ${FTS_BY_DAY} MATCH ? ORDER BY rowid DESC LIMIT ?) f
         CROSS JOIN articles a ON a.seq = ${seqOfKeySql('f.k')} WHERE ${sql.where} ORDER BY f.k DESC`,
        [fts, this.thresholds.dayWalk ?? DAY_WALK, ...sql.params, limit],
      );
      if (walked.length === limit) return this.hits(walked);
    }
    const matches = this.matchCount(fts);
    if (matches <= this.thresholds.sortedMatches) {
      // Rare words: walk the newest entries of the date index, as many as sorting would cost,
      // checking each against the words' match list; a page not full by then lists the matches
      // and sorts them.
      const entries = (this.thresholds.walkPerMatch ?? WALK_PER_MATCH) * matches;
      const walked =
        entries > 0
          ? this.pageSeqs(
              `FROM (SELECT seq, day FROM articles INDEXED BY articles_day ${NEWEST_ENTRIES} LIMIT ?) w
               CROSS JOIN articles a ON a.seq = w.seq
               WHERE w.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AND ${sql.where}
               ORDER BY w.day DESC, w.seq DESC`,
              [entries, fts, ...sql.params, limit],
            )
          : [];
      if (walked.length === limit) return this.hits(walked);
      return this.rows(
        `FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) f CROSS JOIN articles a ON a.seq = f.rowid
         WHERE ${sql.where} ${NEWEST}`,
        [fts, ...sql.params, limit],
      );
    }
    if (filter.commitmentStatus || countries.length === 2) {
      // A selective filter (commitment status, a pair with duplicates) drives: its articles sorted
      // newest first, each checked against the words (unary + keeps the words' list from driving).
      const words = this.wordsCondition('+a.seq', fts, matches);
      return this.rows(`FROM articles a WHERE ${sql.where} AND ${words.sql} ${NEWEST}`, [
        ...sql.params,
        ...words.params,
        limit,
      ]);
    }
    // Common words: walk articles newest first, checking each index entry against the words, until
    // the page is full.
    const words = this.wordsCondition('a.seq', fts, matches);
    return this.rows(
      `FROM articles a INDEXED BY articles_day WHERE ${words.sql} AND ${sql.where} ${NEWEST}`,
      [...words.params, ...sql.params, limit],
    );
  }

  /**
   * Whether searches may read `articles_fts_by_day`: once its fill has indexed every article (read
   * until it has; it stays so), unless the thresholds ask for the plans before it (`dayWalk: 0`).
   */
  private readsByDay(): boolean {
    if (this.thresholds.dayWalk === 0) return false;
    this.byDayComplete ||= ftsByDayComplete(this.statement);
    return this.byDayComplete;
  }

  /** The index listing the filter's articles in page order: the persons', else the pair's, else none. */
  private indexWalk(personIds: number[] | null, pair: string | null): IndexWalk | null {
    if (personIds) {
      const merged = personIds.length <= (this.thresholds.mergedPersons ?? MERGED_PERSONS);
      return {
        from: `FROM ${merged ? personArticles(personIds.length) : PERSON_ARTICLES_SORTED} CROSS JOIN articles a ON a.seq = p.seq`,
        seq: 'p.seq',
        where: '1',
        params: merged ? personIds : [JSON.stringify(personIds)],
        order: 'ORDER BY p.day DESC, p.seq DESC',
      };
    }
    if (pair)
      return {
        from: 'FROM article_dyads d CROSS JOIN articles a ON a.seq = d.seq',
        seq: 'd.seq',
        where: 'd.dyad = ?',
        params: [pair],
        order: 'ORDER BY d.day DESC, d.seq DESC',
      };
    return null;
  }

  /**
   * The page of hits a `FROM … ORDER BY …` tail gives, `LIMIT ?` bound to the last parameter. The
   * page's articles are chosen first and only then read: a sorted plan would otherwise carry every
   * candidate's columns (and count its events) through the sort.
   */
  private rows(tail: string, params: Array<string | number>): ArticleHit[] {
    return this.hits(this.pageSeqs(tail, params));
  }

  /** The page's article `seq`s a `FROM … ORDER BY …` tail gives, `LIMIT ?` bound to the last parameter. */
  private pageSeqs(tail: string, params: Array<string | number>): number[] {
    return this.statement(`SELECT a.seq ${tail} LIMIT ?`)
      .pluck()
      .all(...params) as number[];
  }

  /**
   * The articles at `seqs`, as hits in that order: one statement over the page's list (a page of
   * 20 read row by row cost ~0.14 ms of a search's ~0.3 in-process, mostly per-call overhead; read
   * at once ~0.08 ms).
   */
  private hits(seqs: number[]): ArticleHit[] {
    if (seqs.length === 0) return [];
    const rows = this.statement(PAGE_HITS_SQL).all(JSON.stringify(seqs)) as ArticleRow[];
    return rows.map(hitFromRow);
  }
}
