import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DOSSIER_LATEST_EVENTS } from '../dossier-rows.js';
import { pageFromSpec } from '../test-support/record-fixtures.js';
import { storeSyntheticPages } from '../test-support/sqlite-fixtures.js';
import { dyadDossier } from './dyad-dossier.js';
import { dossierBodyJson, dyadDossierJson } from './dyad-dossier-json.js';
import { DossierTextSchedule, refreshDossierTexts } from './dyad-dossier-text.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-dossier-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pairs whose kept text differs from the dossier computed now, and how many texts are kept. */
function keptTextsCompared(db: Database.Database): { differing: string[]; kept: number } {
  const rows = db.prepare('SELECT dyad, a, b, body FROM dyad_dossier_text').all() as Array<{
    dyad: string;
    a: string;
    b: string;
    body: string;
  }>;
  const differing = db.transaction(() =>
    rows
      .filter((row) => dossierBodyJson(db, row.dyad, row.a, row.b, DOSSIER_LATEST_EVENTS) !== row.body)
      .map((row) => row.dyad),
  )();
  return { differing, kept: rows.length };
}

const stalePairs = (db: Database.Database) =>
  db.prepare('SELECT dyad FROM dyad_dossier_stale ORDER BY dyad').pluck(true).all() as string[];

/** The dossier text as a request gets it, and as computed from the rows, for both orders of a pair. */
function servedAndComputed(db: Database.Database, dyad: string): Array<[string, string]> {
  const [a, b] = dyad.split('-') as [string, string];
  return [
    [a, b],
    [b, a],
  ].map(([x, y]) => [
    dyadDossierJson(db, x!, y!, DOSSIER_LATEST_EVENTS).toString(),
    JSON.stringify(dyadDossier(db, x!, y!, DOSSIER_LATEST_EVENTS)),
  ]);
}

describe('kept dossier texts (migration 15)', () => {
  const path = join(dir, 'texts.db');

  it('are written by the writer for every pair, page after page, and equal the dossier computed now', async () => {
    await storeSyntheticPages(path, { pages: 120, seed: 7, duplicateRate: 0.3 });
    const db = new Database(path);
    const { differing, kept } = keptTextsCompared(db);
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBe(db.prepare('SELECT COUNT(DISTINCT dyad) FROM dyad_types').pluck().get() as number);
    expect(differing).toEqual([]);
    expect(stalePairs(db)).toEqual([]);
    for (const [served, computed] of servedAndComputed(db, 'RUS-VNM')) expect(served).toBe(computed);
    db.close();
  });

  it('are stale, and not served, once anything a dossier reads changes, until the writer writes them again', async () => {
    const db = new Database(path);
    const pairs = stalePairs(db);
    expect(pairs).toEqual([]);
    // A person's new name: every pair they act in.
    const person = db
      .prepare('SELECT entity_id, dyad FROM dyad_persons ORDER BY events DESC, dyad LIMIT 1')
      .get() as { entity_id: number; dyad: string };
    db.prepare("UPDATE entities SET name = name || ' Jr' WHERE id = ?").run(person.entity_id);
    expect(stalePairs(db)).toContain(person.dyad);
    for (const [served, computed] of servedAndComputed(db, person.dyad)) {
      expect(served).toBe(computed);
      expect(served).toContain(' Jr"');
    }
    // A commitment's status: its pair's; one made with no counterpart: each pair of its author's.
    refreshDossierTexts(db);
    const commitment = db
      .prepare('SELECT rowid, dyad FROM commitments WHERE dyad IS NOT NULL ORDER BY rowid LIMIT 1')
      .get() as { rowid: number; dyad: string };
    db.prepare("UPDATE commitments SET status = 'overdue' WHERE rowid = ?").run(commitment.rowid);
    expect(stalePairs(db)).toEqual([commitment.dyad]);
    refreshDossierTexts(db);
    db.prepare('UPDATE commitments SET to_code = NULL, dyad = NULL WHERE rowid = ?').run(commitment.rowid);
    const author = db
      .prepare('SELECT by_code FROM commitments WHERE rowid = ?')
      .pluck()
      .get(commitment.rowid);
    const authorPairs = (
      db
        .prepare('SELECT dyad FROM dyad_dossier_text WHERE a = ? OR b = ? ORDER BY dyad')
        .pluck(true)
        .all(author, author) as string[]
    ).filter((dyad) => dyad !== commitment.dyad);
    expect(authorPairs.length).toBeGreaterThan(0);
    expect(stalePairs(db)).toEqual([...new Set([commitment.dyad, ...authorPairs])].sort());
    for (const [served, computed] of servedAndComputed(db, authorPairs[0]!)) expect(served).toBe(computed);
    // An article becoming a copy of another: the pairs of its events.
    refreshDossierTexts(db);
    const article = db
      .prepare(
        'SELECT article_id, dyad FROM events WHERE dyad IS NOT NULL AND counted = 1 ORDER BY rowid LIMIT 1',
      )
      .get() as { article_id: string; dyad: string };
    db.prepare("UPDATE articles SET duplicate_of = 'a_0000000000000000' WHERE id = ?").run(
      article.article_id,
    );
    expect(stalePairs(db)).toContain(article.dyad);
    for (const [served, computed] of servedAndComputed(db, article.dyad)) expect(served).toBe(computed);
    expect(refreshDossierTexts(db)).toBeGreaterThan(0);
    expect(stalePairs(db)).toEqual([]);
    expect(keptTextsCompared(db).differing).toEqual([]);
    db.close();
  });

  it('follow new events and commitments stored by the writer, and a refresh of commitment statuses', async () => {
    const store = SqliteArticleStore.open(path);
    await store.storePage(
      pageFromSpec({
        uri: 'file:new-pair.txt',
        title: 'Le Laos invite la Nouvelle-Zélande',
        body: 'Le Laos a invité la Nouvelle-Zélande à une visite officielle avant la fin de 2022.',
        published: '2022-03-01',
        events: [
          {
            type: 'AGREE',
            actor: 'LAO',
            recipient: 'NZL',
            commitment: {
              kind: 'invitation',
              by: 'LAO',
              to: 'NZL',
              what: 'une visite officielle',
              due: { text: 'avant la fin de 2022', value: '2022' },
            },
          },
        ],
      }),
    );
    await store.refreshCommitments('2024-01-01');
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(stalePairs(db)).toEqual([]);
    const kept = db
      .prepare("SELECT body FROM dyad_dossier_text WHERE dyad = 'LAO-NZL'")
      .pluck()
      .get() as string;
    expect(kept).toContain('"status":"overdue"');
    expect(keptTextsCompared(db).differing).toEqual([]);
    for (const [served, computed] of servedAndComputed(db, 'LAO-NZL')) expect(served).toBe(computed);
    db.close();
  });

  it("are written again after a batch only once the schedule's interval has passed", () => {
    const db = new Database(path);
    let now = 0;
    const schedule = new DossierTextSchedule(db, 1000, () => now);
    db.prepare("UPDATE dyad_months SET events = events WHERE dyad = 'LAO-NZL'").run();
    expect(stalePairs(db)).toEqual(['LAO-NZL']);
    now = 999;
    schedule.afterBatch();
    expect(stalePairs(db)).toEqual(['LAO-NZL']);
    now = 1000;
    schedule.afterBatch();
    expect(stalePairs(db)).toEqual([]);
    db.close();
  });
});
