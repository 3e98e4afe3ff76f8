import { describe, expect, it } from 'vitest';
import { PatternMatcher, selectNonOverlapping } from './cue-matcher.js';
import { compilePattern } from './cue-pattern.js';
import { tokenizeForEvents } from './event-tokens.js';

const lemmas = (lemma: string): string[] | undefined =>
  lemma === 'convenir' ? ['convenu', 'conviennent'] : undefined;
const entry = (pattern: string, confidence = 1) => ({
  elements: compilePattern(pattern, lemmas),
  confidence,
  pattern,
});

function find(patterns: string[], text: string): string[] {
  const tokens = tokenizeForEvents(text);
  const matcher = new PatternMatcher(patterns.map((p) => entry(p)));
  return selectNonOverlapping(matcher.findAll(tokens, 0, tokens.length)).map(
    (m) => `${m.entry.pattern}=${text.slice(tokens[m.first]!.start, tokens[m.end - 1]!.end)}`,
  );
}

describe('event tokens', () => {
  it("carry their fold's first three letters, the key prefixes are indexed under", () => {
    expect(tokenizeForEvents('Le Président a félicité M. Ba').map((token) => token.head)).toEqual([
      'le',
      'pre',
      'a',
      'fel',
      'm',
      '.',
      'ba',
    ]);
  });
});

describe('cue patterns', () => {
  it('matches lemma forms, accents and apostrophes as the text tokenizer splits them', () => {
    expect(find(['@convenir de|d'], 'Ils ont convenu d’intensifier')).toEqual(['@convenir de|d=convenu d']);
    expect(find(['mis d accord'], "se sont mis d'accord")).toEqual(["mis d accord=mis d'accord"]);
    expect(find(['cessez le feu'], 'un cessez-le-feu immédiat')).toEqual(['cessez le feu=cessez-le-feu']);
    expect(find(['conversation telephonique'], 'une conversation téléphonique')).toHaveLength(1);
  });

  it('matches prefixes and gaps of a few words, never across punctuation', () => {
    expect(find(['sign* _ accord'], 'a signé hier un nouvel accord')).toEqual([
      'sign* _ accord=signé hier un nouvel accord',
    ]);
    expect(find(['sign* _ accord'], 'a signé, hier, un accord')).toEqual([]);
    expect(find(['sign* _ accord'], 'a signé a b c d e f g accord')).toEqual([]);
  });

  it('keeps the longest of overlapping matches', () => {
    expect(find(['aide', 'aide humanitaire'], "l'aide humanitaire")).toEqual([
      'aide humanitaire=aide humanitaire',
    ]);
  });

  it('rejects unknown lemmas when compiling', () => {
    expect(() => compilePattern('@nulle-part', lemmas)).toThrow(/unknown lemma/);
  });

  it('lets a gap cross quotation marks, not commas', () => {
    expect(find(['lever _ carton'], 'a levé le « carton jaune »')).toHaveLength(0);
    expect(find(['levé _ carton'], 'a levé le « carton jaune »')).toEqual(['levé _ carton=levé le « carton']);
    expect(find(['levé _ carton'], 'a levé le “carton jaune”')).toHaveLength(1);
  });

  it('rejects a hyphenated word among alternatives, which would split the list into two positions', () => {
    expect(() => compilePattern('navires|sous-marins', lemmas)).toThrow(/row of its own/);
    expect(compilePattern("se|s' sont", lemmas)).toHaveLength(2);
  });
});
