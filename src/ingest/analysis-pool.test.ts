import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from './analysis-pool.js';
import { extractForAnalysis, pageSignatures } from './extracted-page.js';
import { makePage } from './page.js';

const html = (title: string, padding = '') =>
  new TextEncoder().encode(
    `<html lang="fr"><head><title>${title}</title>${padding}</head><body><article><h1>${title}</h1><p>Le Vietnam et la Russie ont renforcé leur coopération dans le domaine de la santé, a annoncé le ministère.</p></article></body></html>`,
  );
/** Markup that makes a page large enough to be extracted on the calling thread. */
const LARGE = `<style>${'.x { color: red; }\n'.repeat(3000)}</style>`;

describe('analysis pool', () => {
  it('gives the same records from worker threads as in-process, in request order', async () => {
    // Small pages are extracted by the workers, large ones on this thread (their records sent over).
    const pages = ['Un', 'Deux', 'Trois', 'Quatre'].map((title, i) =>
      makePage(`test:${title}`, html(title, i % 2 === 1 ? LARGE : '')),
    );
    expect(pages.map((page) => page.bytes.length > 32 * 1024)).toEqual([false, true, false, true]);
    const inline = createAnalyzer(0, 1 << 20);
    const pooled = createAnalyzer(2, 1 << 20);
    try {
      const expected = await Promise.all(pages.map((page) => inline.analyze(page)));
      const actual = await Promise.all(pages.map((page) => pooled.analyze(page)));
      expect(actual).toEqual(expected);
      const heaps = await pooled.heapUse();
      expect(heaps).toHaveLength(2);
      for (const heap of heaps) {
        expect(heap.usedMb).toBeGreaterThan(0);
        expect(heap.usedMb).toBeLessThanOrEqual(heap.committedMb);
        expect(heap.committedMb).toBeLessThanOrEqual(heap.limitMb);
      }
      expect(actual.map(({ records }) => records[0]?.kind === 'article' && records[0].title)).toEqual([
        'Un',
        'Deux',
        'Trois',
        'Quatre',
      ]);
    } finally {
      await pooled.close();
    }
  });

  it('fails only the pages a crashed worker held, and replaces the worker', async () => {
    // A stand-in worker that dies on a page named "crash" and answers the others with no records.
    const script = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        if (job.page.uri.endsWith('crash')) process.exit(3);
        parentPort.postMessage({ id: job.id, page: { records: [], signatures: [] } });
      });`;
    const pooled = createAnalyzer(1, 1 << 20, () => new Worker(script, { eval: true }));
    try {
      await expect(pooled.analyze(makePage('test:crash', html('x')))).rejects.toThrow(
        /died on this page alone \(analysis worker exited with code 3\); test:crash was not analysed/,
      );
      expect(await pooled.analyze(makePage('test:after', html('y')))).toEqual({
        records: [],
        signatures: [],
      });
    } finally {
      await pooled.close();
    }
  });

  it('keeps the pages that shared a worker with a crashing page, and names each culprit', async () => {
    // Dies on pages named "crash", like a worker out of memory on a hostile page.
    const script = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        if (job.page.uri.includes('crash')) process.exit(3);
        setTimeout(() => parentPort.postMessage({ id: job.id, page: { records: [], signatures: [] } }), 5);
      });`;
    const pooled = createAnalyzer(1, 1 << 20, () => new Worker(script, { eval: true }));
    try {
      const uris = Array.from({ length: 30 }, (_, i) =>
        i % 10 === 3 ? `test:crash-${i}` : `test:good-${i}`,
      );
      const outcomes = await Promise.allSettled(uris.map((uri) => pooled.analyze(makePage(uri, html(uri)))));
      const failed = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [uris[i]] : []));
      expect(failed).toEqual(['test:crash-3', 'test:crash-13', 'test:crash-23']);
      for (const [i, outcome] of outcomes.entries())
        if (outcome.status === 'rejected') expect(String(outcome.reason)).toContain(uris[i]);
    } finally {
      await pooled.close();
    }
  });

  it('signs the pages extracted apart, on the extraction thread: their worker only analyses', async () => {
    // A stand-in that says whether it was asked to sign, and signs nothing.
    const script = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        const records = job.extracted ? job.extracted.records : [];
        parentPort.postMessage({ id: job.id, page: { records, signatures: job.signed ? [] : ['worker'] } });
      });`;
    const pooled = createAnalyzer(1, 1 << 20, () => new Worker(script, { eval: true }));
    try {
      const page = makePage('test:large', html('Grande', LARGE));
      const { records, signatures } = await pooled.analyze(page);
      expect(records.map((record) => record.kind)).toEqual(['article']);
      expect(signatures).toEqual(pageSignatures(extractForAnalysis(page, 1 << 20).records));
      expect(signatures[0]).toBeInstanceOf(Uint32Array);
    } finally {
      await pooled.close();
    }
  });

  it("stops the worker that re-analysed a dead worker's pages once it has none left", async () => {
    const script = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        if (job.page.uri.includes('crash')) process.exit(3);
        setTimeout(() => parentPort.postMessage({ id: job.id, page: { records: [], signatures: [] } }), 5);
      });`;
    const running = new Set<Worker>();
    const pooled = createAnalyzer(1, 1 << 20, () => {
      const worker = new Worker(script, { eval: true });
      running.add(worker);
      worker.once('exit', () => running.delete(worker));
      return worker;
    });
    try {
      const uris = ['test:good-0', 'test:crash-1', 'test:good-2', 'test:good-3'];
      const outcomes = await Promise.allSettled(uris.map((uri) => pooled.analyze(makePage(uri, html(uri)))));
      expect(outcomes.map((outcome) => outcome.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      // The pool's replacement worker stays; the one that re-analysed the held pages is gone.
      await vi.waitFor(() => expect(running.size).toBe(1));
    } finally {
      await pooled.close();
    }
  });

  it('has the first worker share the syntax models and gives them to the others before their pages', async () => {
    // Stand-ins: the sharing worker sends models, every worker says which models it had per page.
    const script = `const { parentPort, workerData } = require('node:worker_threads');
      let models = workerData.share ? 'own' : 'none';
      if (workerData.share) parentPort.postMessage({ syntaxModels: { en: { error: 'from the first worker' } } });
      parentPort.on('message', (message) => {
        if (message.syntaxModels) models = message.syntaxModels.en.error;
        else parentPort.postMessage({ id: message.id, page: { records: [], signatures: [], models } });
      });`;
    const shares: boolean[] = [];
    const pooled = createAnalyzer(2, 1 << 20, (_models, share) => {
      shares.push(share);
      return new Worker(script, { eval: true, workerData: { share } });
    });
    try {
      const pages = Array.from({ length: 6 }, (_, i) => makePage(`test:${i}`, html(String(i))));
      const answers = await Promise.all(pages.map((page) => pooled.analyze(page)));
      const models = answers.map((answer) => (answer as unknown as { models: string }).models);
      expect(shares).toEqual([true, false]);
      expect(new Set(models)).toEqual(new Set(['own', 'from the first worker']));
    } finally {
      await pooled.close();
    }
  });
});
