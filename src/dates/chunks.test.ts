import { describe, expect, it } from 'vitest';
import { splitIntoChunks } from './chunks.js';

describe('splitIntoChunks', () => {
  it('keeps short lines whole, with their offsets', () => {
    const text = 'Première ligne.\nDeuxième ligne.';
    const { chunks, skipped } = splitIntoChunks(text, 100);
    expect(chunks.map((c) => text.slice(c.start, c.start + c.text.length))).toEqual(
      chunks.map((c) => c.text),
    );
    expect(chunks.map((c) => c.text.trim())).toEqual(['Première ligne.', 'Deuxième ligne.']);
    expect(skipped).toEqual([]);
  });

  it('cuts long lines at sentence ends and skips sentences longer than the limit', () => {
    const text = `Une phrase. Une autre phrase. ${'x'.repeat(50)} fin. Dernière.`;
    const { chunks, skipped } = splitIntoChunks(text, 30);
    expect(chunks.every((c) => c.text.length <= 30)).toBe(true);
    expect(skipped).toHaveLength(1);
    expect(text.slice(skipped[0]?.start, skipped[0]?.end)).toContain('x'.repeat(50));
  });
});
