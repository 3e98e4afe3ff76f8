import { syntheticPages, type SyntheticOptions } from '../../bench/synthetic-pages.js';
import { analyzePage } from '../../ingest/analyze-page.js';
import type { PageToStore } from '../article-store.js';

/** Synthetic pages analysed as the ingest analyses them, ready for any store's `storePage`. */
export function analysedSyntheticPages(options: SyntheticOptions): PageToStore[] {
  return [...syntheticPages(options)].map((page) => {
    const { records, signatures } = analyzePage(page, 1 << 22);
    return {
      sha256: page.sha256,
      uri: page.uri,
      origin: page.uri,
      format: 'html',
      byteLength: page.bytes.length,
      records,
      signatures,
    };
  });
}
