import { describe, expect, it } from 'vitest';
import { loadTokenLexicon, parseTokenLexicon } from './token-lexicon.js';

describe('token lexicons', () => {
  it('loads the French and English lexicons from lang/', () => {
    expect(loadTokenLexicon('fr').elisions.has('qu')).toBe(true);
    expect(loadTokenLexicon('fr').wholeWords.has("aujourd'hui")).toBe(true);
    expect(loadTokenLexicon('en').prefixAbbreviations.has('Mr')).toBe(true);
  });

  it('names the file and the field of malformed data', () => {
    expect(() => parseTokenLexicon('fr', { elisions: 'l' }, 'lang/fr/syntax-tokens.json')).toThrow(
      'lang/fr/syntax-tokens.json: "elisions" must be a list of strings',
    );
    expect(() => parseTokenLexicon('fr', [], 'x.json')).toThrow('x.json: expected a JSON object');
  });
});
