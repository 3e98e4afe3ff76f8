import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { articleBody } from '../page-writer/search-body.js';
import type { ArticleRecord } from '../../records/article.js';
import { openDatabase } from '../sqlite/open-database.js';
import { numbered, openPool } from './open-database.js';
import { ARTICLE_VECTOR_SQL, articleSearchConfig } from './text-search.js';

/**
 * The tables copied, parents before children (foreign keys). The SQLite `dyad_*` tables and the
 * FTS5 index are not copied: PostgreSQL's triggers compute its own dossier figures as the rows
 * arrive (migration 8), and `articles.fts` is built here.
 */
export const COPIED_TABLES = [
  'sources',
  'pages',
  'entities',
  'entity_aliases',
  'articles',
  'lsh_buckets',
  'entity_roles',
  'article_entities',
  'mentions',
  'dates',
  'events',
  'event_participants',
  'commitments',
  'stories',
  'errors',
  'watchlists',
  'watchlist_events',
] as const;

/** Serial columns whose sequence must continue after the copied ids. */
const SERIALS: Array<[table: string, column: string]> = [
  ['articles', 'seq'],
  ['lsh_buckets', 'seq'],
  ['entities', 'id'],
  ['errors', 'id'],
  ['watchlists', 'id'],
  ['watchlist_events', 'seq'],
];

/** Bind parameters per INSERT (PostgreSQL allows 65,535). */
const PARAMS_PER_INSERT = 30_000;
/** Rows per transaction for the wide `articles` rows (record JSON, full text). */
const ARTICLE_ROWS = 250;
const OTHER_ROWS = 5000;

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface CopyOptions {
  /** Called after each committed chunk. */
  onProgress?: (progress: CopyProgress) => void;
  /** Rows per chunk (tests make it small to stop a copy half-way). */
  chunkRows?: number;
}

export interface CopyResult {
  counts: TableCount[];
  /** Whether every table holds as many rows in PostgreSQL as in SQLite. */
  ok: boolean;
  /** Whether this run continued an earlier, interrupted one. */
  resumed: boolean;
}

const quote = (column: string) => `"${column}"`;

interface ColumnInfo {
  name: string;
  pk: number;
}

function sqliteColumns(db: Database.Database, table: string): ColumnInfo[] {
  return db.prepare(`PRAGMA table_info(${table})`).all() as ColumnInfo[];
}

/**
 * The columns rows are read in order of, one chunk after the last copied key: the rowid, or the
 * primary key of a `WITHOUT ROWID` table.
 */
function cursorColumns(db: Database.Database, table: string, columns: ColumnInfo[]): string[] {
  const sql = (
    db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as {
      sql: string;
    }
  ).sql;
  if (!/WITHOUT\s+ROWID/i.test(sql)) return ['rowid'];
  return columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
}

async function postgresColumns(pool: pg.Pool, table: string): Promise<string[]> {
  const { rows } = await pool.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

async function countRows(pool: pg.Pool, table: string): Promise<number> {
  return Number((await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n);
}

/** One chunk of rows into `table`, the copy's position recorded in the same transaction. */
async function insertChunk(
  pool: pg.Pool,
  table: string,
  columns: string[],
  rows: Array<Record<string, unknown>>,
  source: string,
  position: unknown[],
): Promise<void> {
  const withFts = table === 'articles';
  const width = columns.length + (withFts ? 3 : 0);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const perInsert = Math.max(1, Math.floor(PARAMS_PER_INSERT / width));
    for (let from = 0; from < rows.length; from += perInsert) {
      const part = rows.slice(from, from + perInsert);
      const tuple = `(${[...columns.map(() => '?'), ...(withFts ? [ARTICLE_VECTOR_SQL] : [])].join(', ')})`;
      const params = part.flatMap((row) => {
        const values = columns.map((column) => row[column] ?? null);
        if (!withFts) return values;
        const record = JSON.parse(row.record as string) as ArticleRecord;
        return [...values, articleSearchConfig(record.language), record.title ?? '', articleBody(record)];
      });
      const names = [...columns, ...(withFts ? ['fts'] : [])].map(quote).join(', ');
      await client.query(
        numbered(`INSERT INTO ${table} (${names}) VALUES ${part.map(() => tuple).join(', ')}`),
        params,
      );
    }
    await client.query(
      `INSERT INTO store_copies (table_name, source, position) VALUES ($1, $2, $3)
       ON CONFLICT (table_name) DO UPDATE SET position = excluded.position`,
      [table, source, JSON.stringify(position)],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Copy a SQLite store into a PostgreSQL one, table by table in `rowid` order, one transaction per
 * chunk that also records how far the table got (`store_copies`): a run that was killed or failed
 * resumes after its last committed chunk. The target must be empty or hold an unfinished copy of
 * the same file. Ids, sequence numbers and every decision (duplicates, stories, statuses) are
 * copied as they are; each article's search vector is built on the way. Returns the row counts of
 * both sides.
 */
export async function copySqliteToPostgres(
  from: string,
  to: string,
  options: CopyOptions = {},
): Promise<CopyResult> {
  // A read-only open refuses a store that lacks a migration, naming how to bring it up to date.
  const db = openDatabase(from, { readonly: true });
  const pool = await openPool(to, { maxConnections: 2 });
  const source = resolve(from);
  try {
    const done = new Map(
      (
        await pool.query<{ table_name: string; source: string; position: string }>(
          'SELECT table_name, source, position FROM store_copies',
        )
      ).rows.map((row) => [row.table_name, row]),
    );
    const other = [...done.values()].find((row) => row.source !== source);
    if (other) {
      throw Object.assign(
        new Error(`${to} holds a copy of ${other.source}, not of ${source}: copy into an empty database`),
        { usage: true },
      );
    }
    if (
      done.size === 0 &&
      ((await countRows(pool, 'pages')) > 0 || (await countRows(pool, 'entities')) > 0)
    ) {
      throw Object.assign(new Error('the PostgreSQL store is not empty: copy into an empty database'), {
        usage: true,
      });
    }
    for (const table of COPIED_TABLES) {
      const targetColumns = new Set(await postgresColumns(pool, table));
      const info = sqliteColumns(db, table);
      const columns = info.map((column) => column.name).filter((name) => targetColumns.has(name));
      const cursor = cursorColumns(db, table, info);
      const key = `(${cursor.map(quote).join(', ')})`;
      const after = `${key} > (${cursor.map(() => '?').join(', ')})`;
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      const saved = done.get(table);
      let position = saved ? (JSON.parse(saved.position) as unknown[]) : null;
      let copied = position
        ? (
            db
              .prepare(
                `SELECT COUNT(*) AS n FROM ${table} WHERE ${key} <= (${cursor.map(() => '?').join(', ')})`,
              )
              .get(...position) as { n: number }
          ).n
        : 0;
      const limit = options.chunkRows ?? (table === 'articles' ? ARTICLE_ROWS : OTHER_ROWS);
      const keyNames = cursor.map((name, i) => `${quote(name)} AS _k${i}`).join(', ');
      const select = (from: boolean) =>
        db.prepare(
          `SELECT ${keyNames}, ${columns.map(quote).join(', ')} FROM ${table} ${from ? `WHERE ${after}` : ''} ORDER BY ${cursor.map(quote).join(', ')} LIMIT ?`,
        );
      const first = select(false);
      const next = select(true);
      for (;;) {
        const rows = (position ? next.all(...position, limit) : first.all(limit)) as Array<
          Record<string, unknown>
        >;
        if (rows.length === 0) break;
        const last = rows.at(-1)!;
        position = cursor.map((_, i) => last[`_k${i}`]);
        await insertChunk(pool, table, columns, rows, source, position);
        copied += rows.length;
        options.onProgress?.({ table, copied, total });
      }
      if (copied === 0) options.onProgress?.({ table, copied, total });
    }
    for (const [table, column] of SERIALS) {
      await pool.query(
        `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), COALESCE(MAX(${column}), 0) + 1, false) FROM ${table}`,
      );
    }
    await pool.query('ANALYZE');
    const counts: TableCount[] = [];
    for (const table of COPIED_TABLES) {
      const sourceCount = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      counts.push({ table, source: sourceCount, target: await countRows(pool, table) });
    }
    return { counts, ok: counts.every((c) => c.source === c.target), resumed: done.size > 0 };
  } finally {
    db.close();
    await pool.end();
  }
}
