import { copySqliteToPostgres } from '../store/postgres/copy-from-sqlite.js';
import { openPool } from '../store/postgres/open-database.js';
import { copySql, type GrowDialect, type GrowStoreOptions } from './grow-store.js';

const POSTGRES_GROW: GrowDialect = {
  monthsBack: (column) => `to_char(${column}::date - make_interval(months => @k), 'YYYY-MM-DD')`,
  vectorColumn: true,
};

/**
 * `bench grow` into PostgreSQL: the seed store copied as `entente migrate` copies it, then its
 * rows copied again inside PostgreSQL (`copySql`, search vectors copied, not rebuilt) until
 * `articles` are stored, then analysed. `to` must be an empty database.
 */
export async function growPostgresStore(
  options: GrowStoreOptions,
  write: (line: string) => void,
): Promise<string> {
  const copied = await copySqliteToPostgres(options.from, options.to);
  if (!copied.ok) throw new Error(`bench grow: the copy of ${options.from} is incomplete`);
  const pool = await openPool(options.to, { maxConnections: 1 });
  try {
    const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
    const last = await count('SELECT MAX(seq) AS n FROM articles');
    const seedArticles = await count('SELECT COUNT(*) AS n FROM articles');
    const copies = Math.max(0, Math.ceil(options.articles / seedArticles) - 1);
    const started = performance.now();
    for (let k = 1; k <= copies; k++) {
      // Whole numbers written into the SQL: one parameter would need two types (text and integer).
      const statements = copySql(POSTGRES_GROW).map((sql) =>
        sql.replaceAll('@k', String(k)).replaceAll('@last', String(last)),
      );
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const statement of statements) await client.query(statement);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      write(
        `  copy ${k}/${copies}: ${(k + 1) * seedArticles} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    await pool.query(
      "SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT MAX(seq) FROM articles) + 1, false)",
    );
    await pool.query('VACUUM ANALYZE');
    const articles = await count('SELECT COUNT(*) AS n FROM articles');
    const events = await count('SELECT COUNT(*) AS n FROM events');
    return `grown store: ${articles} articles, ${events} events (${seedArticles} ingested articles × ${copies + 1}) in PostgreSQL`;
  } finally {
    await pool.end();
  }
}
