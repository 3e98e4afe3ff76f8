import type { ArticleStore, Dossier } from '../store/article-store.js';
import { DOSSIER_LATEST_EVENTS } from '../store/dossier-rows.js';
import { jsonReads, type JsonReads, type JsonText } from '../store/result-pages.js';

export type { Dossier, DossierEvent, DossierPerson } from '../store/article-store.js';

/** Build the dossier of two countries (either direction): the store computes it with indexed queries. */
export function buildDossier(
  store: ArticleStore,
  a: string,
  b: string,
  latestCount = DOSSIER_LATEST_EVENTS,
): Promise<Dossier> {
  return store.dyadDossier(a, b, latestCount);
}

/**
 * Dossiers are aggregates over every event of a pair: recomputing one per request does not
 * survive concurrent load, so each is kept for a short time and dropped when this server ingests.
 * Another process writing the same file is seen after at most `ttlMs`.
 */
export class DossierCache {
  private readonly entries = new Map<string, { at: number; dossier: Promise<JsonText> }>();
  private readonly json: JsonReads;

  constructor(
    store: ArticleStore,
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.json = jsonReads(store);
  }

  /** The dossier of `a` and `b` as the JSON text the API sends. */
  get(a: string, b: string): Promise<JsonText> {
    const key = `${a}-${b}`;
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.dossier;
    const dossier = this.json.dyadDossierJson(a, b, DOSSIER_LATEST_EVENTS);
    this.entries.set(key, { at: this.now(), dossier });
    dossier.catch(() => this.entries.delete(key));
    return dossier;
  }

  clear(): void {
    this.entries.clear();
  }
}
