import type { ArticleHit, ArticleStore } from '../store/article-store.js';
import { DEFAULT_EXTRACT_OPTIONS } from '../extract/extract-page.js';
import { analyzePage } from '../ingest/analyze-page.js';
import { makePage } from '../ingest/page.js';
import { runIngest } from '../ingest/ingest-run.js';
import type { AddressPolicy } from '../ingest/fetch/address-guard.js';
import { notifyWatchlists } from '../watch/notify-watchlists.js';
import type { WebhookQueue } from '../watch/webhook-queue.js';
import type { IngestHandler, IngestResponse } from './routes/ingest-route.js';

/** Which addresses posted URLs may reach (private and loopback only when allowed: tests, intranets). */
export interface IngestHandlerOptions extends AddressPolicy {
  /** Where new watchlist matches are posted, in the background. */
  webhooks: WebhookQueue;
}

/** The articles of these pages (stored now or before) and their counted events, for the response. */
async function pagesArticles(
  store: ArticleStore,
  pageHashes: Iterable<string>,
): Promise<Pick<IngestResponse, 'articles' | 'events'>> {
  const hits: ArticleHit[] = [];
  for (const sha256 of pageHashes) hits.push(...(await store.pageArticles(sha256)));
  return {
    articles: hits.map((hit) => ({ id: hit.id, kind: hit.kind, title: hit.title })),
    events: hits.reduce((sum, hit) => sum + hit.events, 0),
  };
}

/** `POST /ingest` behaviour: posted content is extracted and stored; a URL goes through the polite fetcher. */
export function createIngestHandler(store: ArticleStore, options: IngestHandlerOptions): IngestHandler {
  return async (request) => {
    if (request.url) {
      // The pages this URL gave (a page, or a feed's items), stored now or before, once each.
      const pageHashes = new Set<string>();
      const failures: IngestResponse['errors'] = [];
      const summary = await runIngest(store, [request.url], {
        include: [],
        exclude: [],
        workers: 0,
        maxBytes: 16 * 1024 * 1024,
        fetch: {
          allowPrivate: options.allowPrivate,
          ...(options.allowAddresses ? { allowAddresses: options.allowAddresses } : {}),
        },
        progress: null,
        onPage: (page) => pageHashes.add(page.sha256),
        onError: (error) => failures.push({ code: error.code, message: error.message }),
      });
      const response: IngestResponse = {
        stored: summary.stored > 0,
        ...(await pagesArticles(store, pageHashes)),
        errors:
          failures.length > 0
            ? failures
            : Object.entries(summary.errors).map(([code, count]) => ({
                code,
                message: `${count} item(s) failed for ${request.url}`,
              })),
      };
      await notifyWatchlists(store, options.webhooks);
      return response;
    }
    const bytes = Buffer.from(request.content ?? '', 'utf8');
    const page = makePage(`upload:${request.name ?? 'page'}`, bytes, {
      publishedHint: request.published ?? null,
    });
    const { records, signatures } = analyzePage(page, DEFAULT_EXTRACT_OPTIONS.maxBytes);
    const errors = records.flatMap((r) =>
      r.kind === 'error' ? [{ code: r.error.code, message: r.error.message }] : [],
    );
    if (records.every((r) => r.kind === 'error')) return { stored: false, articles: [], events: 0, errors };
    const result = await store.storePage({
      sha256: page.sha256,
      uri: page.uri,
      origin: 'api',
      format: records[0]?.source.format ?? 'text',
      byteLength: bytes.length,
      records,
      signatures,
    });
    await notifyWatchlists(store, options.webhooks);
    // As for URLs: the page's articles and counted events, whether stored now or before.
    return { stored: result.stored, ...(await pagesArticles(store, [page.sha256])), errors };
  };
}
