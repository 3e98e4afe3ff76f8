import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makePage } from '../ingest/page.js';
import { extractPage } from '../extract/extract-page.js';
import { SHARED_DATA_DIR, sharedAvailable } from '../test-support/seeds.js';
import { benchExtract } from './bench-extract.js';
import { predictionText } from './bench-extract-runners.js';

const SCORER = join(SHARED_DATA_DIR, '../tools/score-extraction.mjs');

const PAGE = `<html lang="en"><head><title>Talks resume | Example News</title></head><body>
<article><h1>Talks resume</h1>
<p>HANOI (VNA) - The two ministers met on Monday, agreed on trade, and signed a memorandum.</p>
<p>They also discussed energy, education and the next meeting, which is set for May.</p></article>
</body></html>`;

describe('predictionText', () => {
  it('scores the body without the title', () => {
    const records = extractPage(makePage('test:page', new TextEncoder().encode(PAGE)));
    const text = predictionText(records);
    expect(text.startsWith('HANOI (VNA) - The two ministers')).toBe(true);
    expect(text).not.toContain('Talks resume');
  });

  it('is empty for an error record', () => {
    expect(predictionText(extractPage(makePage('test:empty', new Uint8Array())))).toBe('');
  });
});

describe.skipIf(!sharedAvailable(SCORER))('benchExtract', () => {
  it('scores both extractors on a small case file and prints the figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
    mkdirSync(join(dir, 'html'));
    writeFileSync(join(dir, 'html', 'p1.html.gz'), gzipSync(PAGE));
    const gold = 'HANOI (VNA) - The two ministers met on Monday, agreed on trade, and signed a memorandum.';
    const line = { id: 'p1', source: 'test', lang: 'en', html_path: 'html/p1.html.gz', expected_text: gold };
    writeFileSync(
      join(dir, 'cases.jsonl'),
      `${JSON.stringify({ ...line, must_contain: [], must_not_contain: [] })}\n`,
    );
    const report = await benchExtract({
      cases: join(dir, 'cases.jsonl'),
      outDir: join(dir, 'out'),
      scorer: SCORER,
      rounds: 1,
    });
    expect(report).toMatch(/^entente +F1 \d\.\d{3} P .* pages\/s .* MB\/s$/m);
    expect(report).toMatch(/^readability\+linkedom +F1 /m);
    expect(report).toMatch(/throughput ratio entente \/ readability\+linkedom: \d+\.\d{2}x/);
    expect(report).toMatch(/entente peak RSS: \d+ MB/);
    expect(report).toMatch(/CPU time \d+\.\d{2} s vs \d+\.\d{2} s, ratio \d+\.\d{2}x/);
    expect(report).toMatch(/^load average at start [\d.]+, [\d.]+, [\d.]+, at end /m);
    expect(report).toMatch(/snippets n\/a/);
    rmSync(dir, { recursive: true, force: true });
  });
});
