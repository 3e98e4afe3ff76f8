import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { makePage } from './page.js';
import { createPageExtractor, extractAndSign } from './page-extractor.js';

const html = (title: string) =>
  new TextEncoder().encode(
    `<html lang="fr"><head><title>${title}</title><style>${'.x { color: red; }\n'.repeat(3000)}</style></head><body><article><h1>${title}</h1><p>Le Vietnam et la Russie ont renforcé leur coopération dans le domaine de la santé, a annoncé le ministère.</p></article></body></html>`,
  );

/** A stand-in extraction worker: says it is up, dies on a page named "crash", answers the others empty. */
const STAND_IN = `const { parentPort } = require('node:worker_threads');
  parentPort.postMessage({ threadId: null });
  parentPort.on('message', (job) => {
    if (job.page.uri.includes('crash')) process.exit(3);
    parentPort.postMessage({ id: job.id, extracted: { extracted: { records: [], declaredLanguage: null }, signatures: [] } });
  });`;

describe('page extractor', () => {
  it('extracts and signs a page on a capped thread of its own as this thread would, moving its bytes when asked', async () => {
    const extractor = createPageExtractor(1 << 20);
    try {
      const moved = makePage('test:moved', html('Un'));
      const copied = makePage('test:copied', html('Deux'));
      const expected = [extractAndSign(moved, 1 << 20), extractAndSign(copied, 1 << 20)];
      const actual = await Promise.all([extractor.extract(moved, true), extractor.extract(copied, false)]);
      expect(actual).toEqual(expected);
      expect(actual[0]?.signatures[0]).toBeInstanceOf(Uint32Array);
      // The moved page's buffer now belongs to the extraction thread; the copied one is still here.
      expect(moved.bytes.byteLength).toBe(0);
      expect(copied.bytes.byteLength).toBe(html('Deux').byteLength);
      const heap = await extractor.heapUse();
      expect(heap?.limitMb).toBeLessThan(150);
      expect(heap?.usedMb).toBeGreaterThan(0);
      if (process.platform === 'linux') expect(extractor.threadIds()).toHaveLength(1);
    } finally {
      await extractor.close();
    }
  });

  it('fails only the page that killed its worker, and extracts the next ones on a new worker', async () => {
    let started = 0;
    const extractor = createPageExtractor(1 << 20, () => {
      started++;
      return new Worker(STAND_IN, { eval: true });
    });
    try {
      const uris = ['test:good-0', 'test:crash-1', 'test:good-2'];
      const outcomes = await Promise.allSettled(
        uris.map((uri) => extractor.extract(makePage(uri, html(uri)), true)),
      );
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(
        /extraction worker died on this page \(extraction worker exited with code 3\); test:crash-1 was not extracted/,
      );
      expect(started).toBe(2);
    } finally {
      await extractor.close();
    }
  });

  it('extracts on this thread when its workers cannot start, losing no page', async () => {
    let started = 0;
    const extractor = createPageExtractor(1 << 20, () => {
      started++;
      return new Worker('process.exit(1)', { eval: true });
    });
    try {
      const page = makePage('test:here', html('Trois'));
      const expected = extractAndSign(makePage('test:here', html('Trois')), 1 << 20);
      expect(await extractor.extract(page, true)).toEqual(expected);
      expect(started).toBe(4);
    } finally {
      await extractor.close();
    }
  });
});
