import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../article-store.js';
import { describeArticleStore } from '../test-support/article-store.contract.js';
import { describeStorageOrder } from '../test-support/storage-order.contract.js';
import { createTestDatabase, postgresAvailable } from '../test-support/postgres-database.js';
import { PostgresArticleStore } from './postgres-store.js';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
}, 60_000);

async function freshStore(): Promise<PostgresArticleStore> {
  const database = await createTestDatabase();
  drops.push(database.drop);
  return PostgresArticleStore.open(database.url);
}

describe.runIf(postgresAvailable)('postgres', () => {
  describeArticleStore('postgres', freshStore);
  describeStorageOrder('postgres', freshStore);

  describe('PostgresArticleStore', () => {
    it('refuses a database that was never migrated when opened read-only', async () => {
      const database = await createTestDatabase();
      drops.push(database.drop);
      const error = await PostgresArticleStore.open(database.url, { readonly: true }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(String(error)).toMatch(/SCHEMA_OUTDATED/);
    });

    it('reports a server that cannot be reached as a database that cannot be opened', async () => {
      const error = await PostgresArticleStore.open('postgres://postgres@127.0.0.1:1/none').catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(String(error)).toMatch(/cannot be opened/);
    });
  });
});
