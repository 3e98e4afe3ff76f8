import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './analyze-syntax.js';
import { cutSentences } from './cut-sentences.js';
import { tokenizeText } from './tokenize/tokenize-text.js';

const TEXT = 'Hanoï, 8 août (VNA) – Le Vietnam a demandé aux États-Unis de lever le blocus.';
const DATELINE_END = TEXT.indexOf('–') + 1;

describe('cutSentences', () => {
  it('cuts a sentence at an offset inside it and leaves the others', () => {
    const sentences = tokenizeText(`${TEXT} Il a salué Cuba.`, 'fr');
    expect(sentences).toHaveLength(2);
    const cut = cutSentences(sentences, [DATELINE_END, 0, TEXT.length + 5000]);
    expect(cut.map((s) => `${TEXT} Il a salué Cuba.`.slice(s.start, s.end))).toEqual([
      'Hanoï, 8 août (VNA) –',
      'Le Vietnam a demandé aux États-Unis de lever le blocus.',
      'Il a salué Cuba.',
    ]);
    expect(cut.flatMap((s) => s.tokens)).toEqual(sentences.flatMap((s) => s.tokens));
  });

  it('lets the parser see the verb after a dateline as the root of its sentence', () => {
    const words = (ends: number[]) =>
      analyzeSyntax(TEXT, 'fr', undefined, { sentenceEnds: ends }).sentences.flatMap((s) => s.words);
    const root = words([DATELINE_END]).find((word) => word.head === 0 && word.form === 'demandé');
    expect(root).toBeDefined();
  });
});
