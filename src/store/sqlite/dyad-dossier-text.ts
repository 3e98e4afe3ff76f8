import type Database from 'better-sqlite3';
import { DOSSIER_LATEST_EVENTS } from '../dossier-rows.js';
import { dossierBodyJson } from './dyad-dossier-json.js';

/**
 * Write again the dossier text of every pair the triggers marked stale (migration 15), in one
 * transaction, and clear the marks: the writer calls it after each batch and each commitments
 * refresh, and a writable open after its migrations (a store grown or migrated by SQL alone).
 * Returns how many pairs were written.
 */
export function refreshDossierTexts(db: Database.Database): number {
  return db.transaction((): number => {
    const stale = db.prepare('SELECT dyad FROM dyad_dossier_stale').pluck(true).all() as string[];
    if (stale.length === 0) return 0;
    const write = db.prepare(
      `INSERT INTO dyad_dossier_text (dyad, a, b, body) VALUES (@dyad, @a, @b, @body)
       ON CONFLICT (dyad) DO UPDATE SET body = excluded.body`,
    );
    for (const dyad of stale) {
      const [a, b] = dyad.split('-') as [string, string];
      write.run({ dyad, a, b, body: dossierBodyJson(db, dyad, a, b, DOSSIER_LATEST_EVENTS) });
    }
    db.prepare('DELETE FROM dyad_dossier_stale').run();
    return stale.length;
  })();
}

/** How often, at most, the writer writes stale dossier texts again while it stores pages. */
export const DOSSIER_TEXT_REFRESH_MS = 30_000;

/**
 * The writer's schedule for `refreshDossierTexts`: after a batch only once `intervalMs` have passed
 * since the last time, and when the store closes, so that a pair its batches keep touching is
 * written once per interval, not once per batch (the ingest writes a batch of a few pages at a time,
 * touching ~100 pairs: written every batch, the texts cost the writer ~4 ms a page; every 5 s,
 * ~1.5 ms). Under a steady ingest a busy pair is stale again at its next batch anyway: the texts
 * serve the reads between ingests. A stale pair is computed per request, as before migration 15.
 */
export class DossierTextSchedule {
  private last: number;

  constructor(
    private readonly db: Database.Database,
    private readonly intervalMs = DOSSIER_TEXT_REFRESH_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  /** After a batch is stored: the stale texts written again if the interval has passed. */
  afterBatch(): void {
    if (this.now() - this.last >= this.intervalMs) this.refresh();
  }

  /** The stale texts written again now (commitments refreshed, store closing); how many. */
  refresh(): number {
    this.last = this.now();
    return refreshDossierTexts(this.db);
  }
}
