import { describe, expect, it } from 'vitest';
import { extractPage } from '../extract/extract-page.js';
import { syntheticPages } from './synthetic-pages.js';

describe('synthetic pages', () => {
  it('is deterministic, bilingual, and extracts to articles with teasers', () => {
    const pages = [...syntheticPages({ pages: 60, seed: 7, duplicateRate: 0.2 })];
    const again = [...syntheticPages({ pages: 60, seed: 7, duplicateRate: 0.2 })];
    expect(pages.map((p) => p.sha256)).toEqual(again.map((p) => p.sha256));
    expect(new Set(pages.map((p) => p.sha256)).size).toBe(60);
    expect(pages.some((p) => p.uri.includes('/fr/')) && pages.some((p) => p.uri.includes('/en/'))).toBe(true);
    expect(pages.some((p) => p.uri.includes('mirror'))).toBe(true);
    const records = extractPage(pages[0]!);
    expect(records[0]?.kind).toBe('article');
    expect(records[0]?.kind === 'article' && records[0].published).toMatch(/^20\d\d-\d\d-\d\d/);
  });
});
