import { describe, expect, it } from 'vitest';
import { tokenizeText } from './tokenize-text.js';

describe('tokenizeText offsets', () => {
  it('gives UTF-16 offsets whose slices are the token texts, shifted by the offset option', () => {
    const text = "Le 👍🏽 l'été\n\nمرحبا بالعالم. Zoë’s café — 3,5 %.";
    for (const language of ['fr', 'en'] as const) {
      const result = tokenizeText(text, language, { offset: 7 });
      for (const sentence of result) {
        expect(text.slice(sentence.start - 7, sentence.end - 7).startsWith(sentence.tokens[0]!.text)).toBe(
          true,
        );
        for (const token of sentence.tokens)
          expect(text.slice(token.start - 7, token.end - 7)).toBe(token.text);
      }
    }
  });
});
