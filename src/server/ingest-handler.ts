import type { ArticleStore } from '../store/article-store.js';
import { extractPage } from '../extract/extract-page.js';
import { makePage } from '../ingest/page.js';
import { runIngest } from '../ingest/ingest-run.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import { notifyWatchlists } from '../watch/notify-watchlists.js';
import type { IngestHandler, IngestResponse } from './routes/ingest-route.js';

export interface IngestHandlerOptions {
  /** Let posted URLs reach private and loopback addresses (tests, intranets). */
  allowPrivate: boolean;
}

/** `POST /ingest` behaviour: posted content is extracted and stored; a URL goes through the polite fetcher. */
export function createIngestHandler(store: ArticleStore, options: IngestHandlerOptions): IngestHandler {
  return async (request) => {
    if (request.url) {
      const before = await store.stats({});
      const summary = await runIngest(store, [request.url], {
        include: [],
        exclude: [],
        workers: 0,
        maxBytes: 16 * 1024 * 1024,
        fetch: { allowPrivate: options.allowPrivate },
        progress: null,
      });
      const hits = await store.searchArticles({ limit: 1000 });
      const after = await store.stats({});
      const response: IngestResponse = {
        stored: summary.stored > 0,
        articles: hits
          .filter((hit) => hit.uri === request.url)
          .map((hit) => ({ id: hit.id, kind: hit.kind, title: hit.title })),
        events: after.totals.events - before.totals.events,
        errors: Object.entries(summary.errors).map(([code, count]) => ({
          code,
          message: `${count} item(s) failed for ${request.url}`,
        })),
      };
      await notifyWatchlists(store);
      return response;
    }
    const bytes = Buffer.from(request.content ?? '', 'utf8');
    const page = makePage(`upload:${request.name ?? 'page'}`, bytes);
    const records = analyzeRecords(extractPage(page));
    const errors = records.flatMap((r) =>
      r.kind === 'error' ? [{ code: r.error.code, message: r.error.message }] : [],
    );
    const articles = records.flatMap((r) =>
      r.kind === 'error' ? [] : [{ id: r.id, kind: r.kind, title: r.title }],
    );
    if (articles.length === 0) return { stored: false, articles, events: 0, errors };
    const result = await store.storePage({
      sha256: page.sha256,
      uri: page.uri,
      origin: 'api',
      format: records[0]?.source.format ?? 'text',
      byteLength: bytes.length,
      records,
    });
    await notifyWatchlists(store);
    return { stored: result.stored, articles, events: result.events, errors };
  };
}
