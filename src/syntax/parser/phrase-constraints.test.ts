import { describe, expect, it } from 'vitest';
import { syntaxModel } from '../syntax-models.js';

/** Words of [first, last] (1-based) whose head lies outside, and outside words whose head lies inside. */
function links(heads: readonly number[], first: number, last: number): { out: number[]; in: number[] } {
  const inside = (id: number): boolean => id >= first && id <= last;
  const out: number[] = [];
  const into: number[] = [];
  heads.forEach((head, index) => {
    const id = index + 1;
    if (inside(id) && !inside(head)) out.push(id);
    if (!inside(id) && inside(head)) into.push(id);
  });
  return { out, in: into };
}

describe('phrase constraints on the parser', () => {
  // A sentence written for this test: a long title and a name the greedy parser splits.
  const forms =
    'On Friday , British Ambassador to the Philippines Laure Beaufils criticised the manoeuvres of the Chinese vessels .'.split(
      ' ',
    );
  const fixed = forms.map((form) => (/^[A-Z]/u.test(form) && form !== 'On' ? ('PROPN' as const) : undefined));

  it('keeps a title and its name one subtree linked to the sentence by the name alone', () => {
    const model = syntaxModel('en');
    const constrained = model.analyzeWords(forms, fixed, [[4, 10, 9]]);
    expect(links(constrained.heads, 4, 10).out).toEqual([9]);
    expect(links(constrained.heads, 4, 10).in).toEqual([]);
    expect(constrained.deprels[8]).toBe('nsubj');
    // The same sentence parsed without the phrase: the parser links it by other words too.
    const free = model.analyzeWords(forms, fixed);
    expect(links(free.heads, 4, 10).out).not.toEqual([9]);
  });

  it('leaves a sentence without phrases as it was, and ignores a phrase that does not fit it', () => {
    const model = syntaxModel('en');
    const free = model.analyzeWords(forms, fixed);
    expect(model.analyzeWords(forms, fixed, [])).toEqual(free);
    expect(model.analyzeWords(forms, fixed, [[10, 40, 12]])).toEqual(free);
  });
});
