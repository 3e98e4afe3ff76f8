import { describe, expect, it } from 'vitest';
import { relatedLinkSpans } from './related-links.js';

describe('relatedLinkSpans', () => {
  it('finds whole lines that open with a see-more marker and a separator', () => {
    const text = 'Body text.\nRead more: Another story\n  Lire aussi | Autre article\nRelated';
    const spans = relatedLinkSpans(text).map((span) => text.slice(span.start, span.end).trim());
    expect(spans).toEqual(['Read more: Another story', 'Lire aussi | Autre article']);
  });

  it('leaves a sentence that only mentions reading', () => {
    expect(relatedLinkSpans('Read more carefully, he said: the rules changed.')).toEqual([]);
  });
});
