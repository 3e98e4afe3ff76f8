import { describe, expect, it } from 'vitest';
import type { SyntaxWord } from '../syntax/types.js';
import { parserWords as words } from './test-support/parser-words.js';
import {
  activeSubjectReadAsPassive,
  mainVerbInApposition,
  nounRootOverVerb,
  passiveReadAsActive,
} from './subject-repairs.js';

const FINITE = { VerbForm: 'Fin' };
const PARTICIPLE = { VerbForm: 'Part', Tense: 'Past' };

describe('a subject noun left as the root above its verb', () => {
  // "The storm, the worst in decades, has killed 40 people." read with "storm" as the root.
  const misparsed = words([
    ['The', 'DET', 2, 'det'],
    ['storm', 'NOUN', 0, 'root'],
    [',', 'PUNCT', 5, 'punct'],
    ['the', 'DET', 5, 'det'],
    ['worst', 'ADJ', 2, 'appos'],
    ['in', 'ADP', 7, 'case'],
    ['decades', 'NOUN', 5, 'obl'],
    [',', 'PUNCT', 10, 'punct'],
    ['has', 'AUX', 10, 'aux', FINITE],
    ['killed', 'VERB', 7, 'acl', PARTICIPLE],
    ['40', 'NUM', 12, 'nummod'],
    ['people', 'NOUN', 10, 'obj'],
  ]);

  it('is the subject of the finite verb after the comma', () => {
    const found = nounRootOverVerb(misparsed);
    expect(found && [found.noun.form, found.verb.form]).toEqual(['storm', 'killed']);
  });

  it('is left alone in a title with no finite verb, or when the verb has a subject or no comma before it', () => {
    const title = misparsed.map((word) => (word.deprel === 'aux' ? { ...word, feats: {} } : word));
    expect(nounRootOverVerb(title)).toBeNull();
    const subject = [...misparsed];
    subject[10] = { ...subject[10]!, head: 10, deprel: 'nsubj' };
    expect(nounRootOverVerb(subject)).toBeNull();
    const noComma = [...misparsed];
    noComma[7] = { ...noComma[7]!, form: 'and' };
    expect(nounRootOverVerb(noComma)).toBeNull();
    const verbRoot = words([
      ['Laos', 'PROPN', 2, 'nsubj'],
      ['thanked', 'VERB', 0, 'root', FINITE],
      ['Vietnam', 'PROPN', 2, 'obj'],
    ]);
    expect(nounRootOverVerb(verbRoot)).toBeNull();
  });
});

describe('an active subject read as a passive one', () => {
  it('is active when its verb has no passive auxiliary or passive "se"', () => {
    const active = words([
      ['storm', 'NOUN', 3, 'nsubj:pass'],
      ['has', 'AUX', 3, 'aux', FINITE],
      ['killed', 'VERB', 0, 'root', PARTICIPLE],
    ]);
    expect(activeSubjectReadAsPassive(active, active[0]!)).toBe(true);
    const passive = words([
      ['boats', 'NOUN', 3, 'nsubj:pass'],
      ['were', 'AUX', 3, 'aux:pass', FINITE],
      ['seized', 'VERB', 0, 'root', PARTICIPLE],
    ]);
    expect(activeSubjectReadAsPassive(passive, passive[0]!)).toBe(false);
    const middle = words([
      ['accord', 'NOUN', 3, 'nsubj:pass'],
      ['se', 'PRON', 3, 'expl:pass'],
      ['signe', 'VERB', 0, 'root', FINITE],
    ]);
    expect(activeSubjectReadAsPassive(middle, middle[0]!)).toBe(false);
  });
});

describe('a passive auxiliary read as a tense one', () => {
  const BE = new Set(['be']);
  const row = (lemma: string, rows: Parameters<typeof words>[0]): SyntaxWord[] =>
    words(rows).map((word) => (word.form === rows[1]![0] ? { ...word, lemma } : word));
  // "Two diplomats were declared persona non grata" with "were" as `aux` and "diplomats" as `nsubj`.
  const declared = row('be', [
    ['diplomats', 'NOUN', 3, 'nsubj'],
    ['were', 'AUX', 3, 'aux', FINITE],
    ['declared', 'VERB', 0, 'root', PARTICIPLE],
    ['persona', 'NOUN', 3, 'obj'],
  ]);

  it('makes the clause passive: the subjects to relabel', () => {
    expect(passiveReadAsActive(declared, declared[1]!, BE)?.map((word) => word.form)).toEqual(['diplomats']);
  });

  it('leaves an auxiliary of another lemma, a language without such a lemma, and a marked passive', () => {
    const had = row('have', [
      ['Laos', 'PROPN', 3, 'nsubj'],
      ['had', 'AUX', 3, 'aux', FINITE],
      ['declared', 'VERB', 0, 'root', PARTICIPLE],
    ]);
    expect(passiveReadAsActive(had, had[1]!, BE)).toBeNull();
    expect(passiveReadAsActive(declared, declared[1]!, new Set())).toBeNull();
    // "is being done": "being" marks the passive; "is" stays the progressive's.
    const being = row('be', [
      ['it', 'PRON', 4, 'nsubj:pass'],
      ['is', 'AUX', 4, 'aux', FINITE],
      ['being', 'AUX', 4, 'aux:pass'],
      ['done', 'VERB', 0, 'root', PARTICIPLE],
    ]);
    expect(passiveReadAsActive(being, being[1]!, BE)).toBeNull();
  });
});

describe('a main verb hung inside its subject’s apposition', () => {
  // "The storm, the worst to hit the island, destroyed 30 houses, left 500 homeless."
  const misparsed = words([
    ['The', 'DET', 2, 'det'],
    ['storm', 'NOUN', 13, 'nsubj'],
    [',', 'PUNCT', 5, 'punct'],
    ['the', 'DET', 5, 'det'],
    ['worst', 'ADJ', 2, 'appos'],
    ['to', 'PART', 7, 'mark'],
    ['hit', 'VERB', 5, 'advcl', { VerbForm: 'Inf' }],
    ['the', 'DET', 9, 'det'],
    ['island', 'NOUN', 7, 'obj'],
    [',', 'PUNCT', 11, 'punct'],
    ['destroyed', 'VERB', 7, 'advcl', PARTICIPLE],
    ['houses', 'NOUN', 11, 'obj'],
    ['left', 'VERB', 0, 'root', FINITE],
    ['500', 'NUM', 13, 'obj'],
  ]);

  it('is the main verb: the subject is its, the old root a conjunct', () => {
    const found = mainVerbInApposition(misparsed);
    expect([found?.verb.form, found?.subject.form, found?.root.form]).toEqual(['destroyed', 'storm', 'left']);
  });

  it('leaves a participle with no object: the apposition’s own ("accompanied by…")', () => {
    const accompanied = misparsed.map((word) => (word.form === 'houses' ? { ...word, deprel: 'obl' } : word));
    expect(mainVerbInApposition(accompanied)).toBeNull();
  });
});
