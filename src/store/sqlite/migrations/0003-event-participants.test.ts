import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFromSpec } from '../../test-support/record-fixtures.js';
import { migrate } from '../migrate.js';
import { SqliteArticleStore } from '../sqlite-store.js';
import { MIGRATIONS } from './index.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tables the backfill reads, copied as they are into a database that stopped at version 2. */
const VERSION_2_TABLES = ['pages', 'articles', 'entities', 'article_entities', 'events', 'entity_roles'];
const PARTICIPANTS =
  'SELECT article_id, event_local_id, side, entity_id FROM event_participants ORDER BY article_id, event_local_id, side, entity_id';

describe('migration 3: event participants', () => {
  it('backfills a version-2 database with the participants the page writer records', async () => {
    const currentPath = join(dir, 'current.db');
    const store = SqliteArticleStore.open(currentPath);
    await store.storePage(
      pageFromSpec({
        uri: 'file:call.txt',
        title: 'Entretien Vietnam-Russie',
        body: 'Le ministre Bui Thanh Son a eu un entretien avec Sergueï Lavrov, puis avec la Chine.',
        published: '2021-05-29',
        persons: [
          { name: 'Bui Thanh Son', country: 'VNM', title: 'ministre' },
          { name: 'Sergueï Lavrov', country: 'RUS' },
        ],
        events: [
          { type: 'CONSULT', actor: 'VNM', recipient: 'RUS' },
          { type: 'CONSULT', actor: 'VNM', recipient: 'CHN' },
        ],
      }),
    );
    await store.close();

    const { db, current: written } = databaseLeftBySchema(
      join(dir, 'old.db'),
      2,
      currentPath,
      VERSION_2_TABLES,
      (old) =>
        old.prepare(PARTICIPANTS.replace('FROM event_participants', 'FROM current.event_participants')).all(),
    );
    // Both events have the Vietnamese minister as actor; only the first has a resolved recipient.
    expect(written).toHaveLength(3);

    expect(migrate(db)).toEqual(MIGRATIONS.slice(2).map((migration) => migration.version));
    expect(db.prepare(PARTICIPANTS).all()).toEqual(written);
    db.close();
  });
});
