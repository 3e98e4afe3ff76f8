import { describe, expect, it } from 'vitest';
import { Lemmatizer, ruleFor } from './lemmatizer.js';
import { trainLemmatizer } from './train-lemmatizer.js';

describe('lemmatizer', () => {
  const examples = [
    ['rencontré', 'VERB', 'rencontrer'],
    ['signé', 'VERB', 'signer'],
    ['accordé', 'VERB', 'accorder'],
    ['invité', 'VERB', 'inviter'],
    ['ministres', 'NOUN', 'ministre'],
    ['accords', 'NOUN', 'accord'],
    ['relations', 'NOUN', 'relation'],
    ['est', 'AUX', 'être'],
    ['a', 'AUX', 'avoir'],
    ['Hanoï', 'PROPN', 'Hanoï'],
  ].map(([form, upos, lemma]) => ({ form: form!, upos: upos!, lemma: lemma! }));
  const lemmatizer = new Lemmatizer(trainLemmatizer(examples));

  it('reads known forms from the table', () => {
    expect(lemmatizer.lemma('est', 'AUX')).toBe('être');
    expect(lemmatizer.lemma('Est', 'AUX')).toBe('être');
  });

  it('applies learned suffix rules to unseen words', () => {
    expect(lemmatizer.lemma('condamné', 'VERB')).toBe('condamner');
    expect(lemmatizer.lemma('négociations', 'NOUN')).toBe('négociation');
  });

  it('keeps proper nouns, numbers and punctuation as written', () => {
    expect(lemmatizer.lemma('Vientiane', 'PROPN')).toBe('Vientiane');
    expect(lemmatizer.lemma('2021', 'NUM')).toBe('2021');
    expect(lemmatizer.lemma('«', 'PUNCT')).toBe('«');
  });

  it('describes an edit as strip + add', () => {
    expect(ruleFor('signé', 'signer')).toEqual({ strip: 1, add: 'er' });
  });
});
