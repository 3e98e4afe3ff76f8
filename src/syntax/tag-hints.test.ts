import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './analyze-syntax.js';

describe('tags fixed by another stage before a sentence is parsed', () => {
  it('reads a name that is also a verb as the subject once its span is hinted as a proper noun', () => {
    const text = 'Hang said the talks were useful.';
    const analysis = analyzeSyntax(text, 'en', undefined, { onDemand: true });
    analysis.tagHints.push({ start: 0, end: 4, upos: 'PROPN' });
    const words = analysis.sentences[0]!.words;
    expect(words[0]).toMatchObject({ form: 'Hang', upos: 'PROPN', deprel: 'nsubj' });
    expect(words[1]).toMatchObject({ form: 'said', upos: 'VERB', deprel: 'root' });
  });

  it('reads a lower-case demonym hinted as an adjective as one, not as a participle', () => {
    const text = "L'arrestation de pêcheurs vietnamiens par la marine.";
    const analysis = analyzeSyntax(text, 'fr', undefined, { onDemand: true });
    const start = text.indexOf('vietnamiens');
    analysis.tagHints.push({ start, end: start + 'vietnamiens'.length, upos: 'ADJ' });
    const word = analysis.sentences[0]!.words.find((candidate) => candidate.form === 'vietnamiens');
    expect(word).toMatchObject({ upos: 'ADJ', deprel: 'amod' });
  });

  it('leaves a sentence parsed before the hint as it was read (hints apply when words are first read)', () => {
    const analysis = analyzeSyntax('Hang said the talks were useful.', 'en', undefined, { onDemand: true });
    const before = analysis.sentences[0]!.words.map((word) => word.upos);
    analysis.tagHints.push({ start: 0, end: 4, upos: 'PROPN' });
    expect(analysis.sentences[0]!.words.map((word) => word.upos)).toEqual(before);
  });
});
