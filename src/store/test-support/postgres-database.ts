import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the PostgreSQL tests use (trust auth): a database they may connect to to create their own. */
const ADMIN_URL = process.env.ENTENTE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function serverUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the PostgreSQL tests run: a missing server fails them under CI=true, skips them elsewhere. */
export const postgresAvailable = await serverUp();
if (!postgresAvailable) {
  const hint = `no PostgreSQL at ${ADMIN_URL}: start one (pg_ctlcluster 15 main start) or set ENTENTE_TEST_POSTGRES_URL`;
  if (process.env.CI === 'true') throw new Error(`[entente tests] ${hint}`);
  console.warn(`[entente tests] ${hint}; PostgreSQL tests are skipped.`);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client(ADMIN_URL);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test (unique name); `drop` removes it, closing what still uses it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `entente_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
