import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './analyze-syntax.js';
import { modelForm } from './model-form.js';

describe('modelForm', () => {
  it('reads typographic apostrophes as the ASCII one, keeping the length', () => {
    expect(modelForm('d’entreprises')).toBe("d'entreprises");
    expect(modelForm('l‘ambassade')).toBe("l'ambassade");
    expect(modelForm('aujourd’hui')).toHaveLength('aujourd’hui'.length);
    expect(modelForm('Vietnam')).toBe('Vietnam');
  });

  it('tags an elided article with a typographic apostrophe as with the ASCII one, printed form kept', () => {
    const curly = analyzeSyntax('Il a reçu des chefs d’entreprises à l’ambassade.', 'fr');
    const plain = analyzeSyntax("Il a reçu des chefs d'entreprises à l'ambassade.", 'fr');
    const tags = (analysis: typeof curly): string[] => analysis.sentences[0]!.words.map((word) => word.upos);
    expect(tags(curly)).toEqual(tags(plain));
    const words = curly.sentences[0]!.words;
    expect(words.map((word) => word.form)).toContain('d’');
    expect(words.find((word) => word.form === 'l’')?.upos).toBe('DET');
  });
});
