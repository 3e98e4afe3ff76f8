import fc from 'fast-check';
import { cpuMs } from '../../test-support/cpu-time.js';
import { describe, expect, it } from 'vitest';
import type { SyntaxLanguage } from '../types.js';
import { MAX_TOKEN_LENGTH } from './scan-tokens.js';
import { MAX_SENTENCE_TOKENS } from './split-sentences.js';
import { tokenizeText } from './tokenize-text.js';

function diagnostics(
  text: string,
  language: SyntaxLanguage,
): { rules: string[]; tokens: number; longest: number } {
  const rules: string[] = [];
  const sentences = tokenizeText(text, language, { report: (ruleId) => rules.push(ruleId) });
  let tokens = 0;
  let longest = 0;
  const wrong: string[] = [];
  for (const sentence of sentences) {
    tokens += sentence.tokens.length;
    longest = Math.max(longest, sentence.tokens.length);
    for (const token of sentence.tokens) {
      const length = token.end - token.start;
      if (length === 0 || length > MAX_TOKEN_LENGTH || text.slice(token.start, token.end) !== token.text)
        wrong.push(token.text);
    }
  }
  expect(wrong).toEqual([]);
  return { rules, tokens, longest };
}

describe('tokenizeText on hostile input', () => {
  it('cuts a 5,000-word sentence without punctuation into bounded sentences and reports it', () => {
    const { rules, tokens, longest } = diagnostics(Array(5000).fill('mot').join(' '), 'fr');
    expect(tokens).toBe(5000);
    expect(longest).toBe(MAX_SENTENCE_TOKENS);
    expect(rules).toContain('syntax.sentence-too-long');
  });

  it('cuts 100 KB without a space into bounded tokens and reports it', () => {
    for (const text of [
      'a'.repeat(100_000),
      'a.'.repeat(50_000),
      "l'a-".repeat(25_000),
      '😀'.repeat(50_000),
    ]) {
      const { rules, tokens } = diagnostics(text, 'fr');
      expect(tokens).toBeGreaterThan(0);
      expect(rules.length).toBeGreaterThan(0);
    }
  });

  it('survives mixed scripts, RTL text, control characters and lone surrogates', () => {
    const text =
      'Hà Nội 河内 مرحبا \u200f\u202eשלום\u202c \u0000\u0007\u001b[0m \ud800 x\udc00y \ufeff‍👨‍👩‍👧 \u0301é';
    for (const language of ['fr', 'en'] as const)
      expect(diagnostics(text, language).tokens).toBeGreaterThan(5);
  });

  it('never throws and keeps offsets equal to slices on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('fr', 'en'),
        (text, language) => {
          diagnostics(text, language as SyntaxLanguage);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes linear time: 4N input costs well under 16 times N', () => {
    const sentences = (size: number): string =>
      "L'ambassadeur a-t-il dit « 3,5 % » à M. Dupont ? Oui… don't U.S. ".repeat(size / 64);
    const spaceless = (size: number): string => 'ab.-'.repeat(size / 4);
    const words = (size: number): string => 'mot '.repeat(size / 4);
    const fastest = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++)
        best = Math.min(
          best,
          cpuMs(() => tokenizeText(text, 'fr')),
        );
      return Math.max(best, 1);
    };
    for (const make of [sentences, spaceless, words]) {
      const small = make(200_000);
      const large = make(800_000);
      fastest(small);
      // The machine is shared: the lowest of three ratios filters out a busy moment, never a quadratic cost.
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++)
        ratio = Math.min(ratio, fastest(large) / fastest(small));
      expect(ratio).toBeLessThan(10);
    }
  });
});
