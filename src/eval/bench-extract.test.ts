import { describe, expect, it } from 'vitest';
import { makePage } from '../ingest/page.js';
import { extractPage } from '../extract/extract-page.js';
import { predictionText } from './bench-extract-runners.js';

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
