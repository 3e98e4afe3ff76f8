import { cpuMs as timeOf } from '../test-support/cpu-time.js';
import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './analyze-syntax.js';
import type { SyntaxAnalysis } from './types.js';

function checkSpans(text: string, analysis: SyntaxAnalysis): void {
  for (const sentence of analysis.sentences) {
    for (const word of sentence.words) {
      expect(word.start).toBeGreaterThanOrEqual(0);
      expect(word.end).toBeLessThanOrEqual(text.length);
      expect(word.start).toBeLessThanOrEqual(word.end);
      expect(word.head).toBeGreaterThanOrEqual(0);
      expect(word.head).toBeLessThanOrEqual(sentence.words.length);
    }
    expect(sentence.words.filter((word) => word.head === 0)).toHaveLength(sentence.words.length ? 1 : 0);
  }
}

describe('syntax on hostile input', () => {
  it('parses a sentence of thousands of words without punctuation in linear time, saying where it cut', () => {
    const words = (n: number): string =>
      Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'le' : 'ministre')).join(' ');
    analyzeSyntax(words(500), 'fr'); // warm up the models
    const reports: string[] = [];
    const small = timeOf(() => analyzeSyntax(words(1250), 'fr'));
    let big = 0;
    big = timeOf(() => analyzeSyntax(words(5000), 'fr', (ruleId) => reports.push(ruleId)));
    expect(reports).toContain('syntax.sentence-too-long');
    // 4× the input: linear is ~4× the time; quadratic would be ~16×. Generous bound for noisy machines.
    expect(big / Math.max(small, 1)).toBeLessThan(10);
  });

  it('survives 100 KB without a space, mixed scripts, emoji, RTL and control characters', () => {
    const inputs = [
      'x'.repeat(100_000),
      'Le ministre 🇻🇳 a rencontré 習近平 et محمد بن سلمان à Hanoï 👍🏽.',
      'Control \u0000\u0007\u001b[31m characters\u200b and \u202eRTL override\u202c here.',
      '\ud800 lone surrogate \udc00 and \u0301 combining marks',
      '',
      '\n\n\n',
    ];
    for (const text of inputs) {
      for (const language of ['fr', 'en'] as const)
        checkSpans(
          text,
          analyzeSyntax(text, language, () => {}),
        );
    }
  });
});
