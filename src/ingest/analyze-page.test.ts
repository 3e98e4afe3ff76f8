import { describe, expect, it } from 'vitest';
import { languagePrior } from '../language/language-hint.js';
import type { ArticleRecord } from '../records/article.js';
import { analyzeExtracted, analyzePage } from './analyze-page.js';
import { extractForAnalysis, pageSignatures } from './extracted-page.js';
import { makePage } from './page.js';

const page = makePage(
  'test:declared',
  new TextEncoder().encode(
    '<html lang="fr"><head><title>Visite</title></head><body><article><h1>Visite à Hanoï</h1><p>Le ministre a reçu son homologue pour parler de coopération dans la santé.</p></article></body></html>',
  ),
);

describe('analyzeExtracted', () => {
  it("gives a copy of the extracted records (as a worker gets them) the page's declared language", () => {
    const extracted = extractForAnalysis(page, 1 << 20);
    expect(extracted.declaredLanguage).toBe('fr');
    const copy = structuredClone(extracted);
    const analysed = analyzeExtracted(copy);
    expect(languagePrior(copy.records[0] as ArticleRecord)).toBe('fr');
    expect(analysed).toEqual(analyzePage(page, 1 << 20));
  });

  it('passes error records through with no signature', () => {
    const empty = makePage('test:empty', new Uint8Array());
    const extracted = extractForAnalysis(empty, 1 << 20);
    expect(extracted.records.map((record) => record.kind)).toEqual(['error']);
    expect(analyzeExtracted(extracted).signatures).toEqual([null]);
  });

  it('leaves the signatures to the sender that has them: the same from the extracted text', () => {
    const extracted = extractForAnalysis(page, 1 << 20);
    const signatures = pageSignatures(extracted.records);
    const unsigned = analyzeExtracted(structuredClone(extracted), false);
    expect(unsigned.signatures).toEqual([]);
    expect(signatures[0]).toBeInstanceOf(Uint32Array);
    expect(signatures).toEqual(analyzePage(page, 1 << 20).signatures);
  });
});
