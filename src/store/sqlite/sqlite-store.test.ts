import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeArticleStore } from '../test-support/article-store.contract.js';
import { describeStorageOrder } from '../test-support/storage-order.contract.js';
import { StoreUnavailableError } from '../article-store.js';
import { pageFromSpec } from '../test-support/record-fixtures.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
let counter = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshStore = async () => SqliteArticleStore.open(join(dir, `store-${counter++}.db`));
describeArticleStore('sqlite', freshStore);
describeStorageOrder('sqlite', freshStore);

describe('SqliteArticleStore', () => {
  it('reports a read-only database clearly instead of crashing', async () => {
    const path = join(dir, 'readonly.db');
    await (await SqliteArticleStore.open(path)).close();
    const store = SqliteArticleStore.open(path, { readonly: true });
    const page = pageFromSpec({ uri: 'file:x.txt', title: 'Titre', body: 'Un corps de texte.' });
    await expect(store.storePage(page)).rejects.toThrow(StoreUnavailableError);
    await expect(store.storePage(page)).rejects.toThrow(/read-only/);
    await store.close();
  });

  it('reports a missing folder as a database that cannot be opened', () => {
    expect(() => SqliteArticleStore.open(join(dir, 'no', 'such', 'dir', 'x.db'))).toThrow(/cannot be opened/);
  });
});
