import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFromSpec } from '../test-support/record-fixtures.js';
import { storeSyntheticPages } from '../test-support/sqlite-fixtures.js';
import { dyadDossier } from './dyad-dossier.js';
import { dyadDossierJson } from './dyad-dossier-json.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-dossier-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dyadDossierJson', () => {
  it('writes the text JSON.stringify gives the dossier object, for every pair either way round', async () => {
    const path = join(dir, 'dossiers.db');
    await storeSyntheticPages(path, { pages: 120, seed: 21, duplicateRate: 0.3 });
    // Text JSON escapes: quotes, backslashes, control characters, line separators, astral characters.
    const store = SqliteArticleStore.open(path);
    await store.storePage(
      pageFromSpec({
        uri: 'file:escapes.txt',
        title: 'Le « dossier » \\ "cité"\t😀',
        body: 'Le ministre Sergueï Lavrov a consulté Bui Thanh Son à Hanoï "en\tprivé" \\ \u0001\u2028 😀.',
        published: '2022-03-04',
        persons: [
          { name: 'Sergueï Lavrov', country: 'RUS' },
          { name: 'Bui Thanh Son', country: 'VNM' },
        ],
        events: [{ type: 'CONSULT', actor: 'RUS', recipient: 'VNM' }],
      }),
    );
    // An invitation, then the visit that honours it (the synthetic pages need not have one).
    await store.storePage(
      pageFromSpec({
        uri: 'file:invitation.txt',
        title: 'Invitation au Laos',
        body: 'Le président du Laos a invité son homologue vietnamien à se rendre au Laos.',
        published: '2022-03-01',
        events: [
          {
            type: 'AGREE',
            actor: 'LAO',
            recipient: 'VNM',
            commitment: { kind: 'invitation', by: 'LAO', to: 'VNM', what: 'se rendre au Laos', due: null },
          },
        ],
      }),
    );
    await store.storePage(
      pageFromSpec({
        uri: 'file:visit.txt',
        title: 'Visite au Laos',
        body: "Le président vietnamien a entamé une visite d'État au Laos.",
        published: '2022-05-10',
        events: [{ type: 'CONSULT', actor: 'VNM', recipient: 'LAO', mode: ['visit'] }],
      }),
    );
    await store.close();
    const db = new Database(path, { readonly: true });
    const pairs = db.prepare('SELECT DISTINCT dyad FROM dyad_types ORDER BY dyad').pluck().all() as string[];
    expect(pairs.length).toBeGreaterThan(5);
    const listed = { persons: 0, commitments: 0, fulfilled: 0, stories: 0, escapes: 0 };
    for (const pair of [...pairs, 'FRA-NZL']) {
      const [a, b] = pair.split('-') as [string, string];
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        for (const latest of [20, 1]) {
          const dossier = dyadDossier(db, x, y, latest);
          // The API's 20 latest events come from the kept text (bytes); another number is computed.
          expect(dyadDossierJson(db, x, y, latest).toString()).toBe(JSON.stringify(dossier));
          listed.persons += dossier.persons.length;
          listed.commitments += dossier.commitments.length;
          listed.fulfilled += dossier.commitments.filter((commitment) => commitment.fulfilledBy).length;
          listed.stories += dossier.stories.length;
          if (dossier.latest.some((event) => event.evidence.includes('\t'))) listed.escapes++;
        }
    }
    expect(listed.persons).toBeGreaterThan(0);
    expect(listed.commitments).toBeGreaterThan(0);
    expect(listed.fulfilled).toBeGreaterThan(0);
    expect(listed.stories).toBeGreaterThan(0);
    expect(listed.escapes).toBeGreaterThan(0);
    db.close();
  });
});
