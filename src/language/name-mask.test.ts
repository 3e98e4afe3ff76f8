import { describe, expect, it } from 'vitest';
import { countInRuns, countLetters, hasLetters, maskProperNames } from './name-mask.js';

describe('countLetters', () => {
  it('counts letters as code points, astral letters once, marks and digits not at all', () => {
    expect(countLetters('Hanoï, 12 mai')).toBe(8);
    expect(countLetters('𝐀𝐁c 𠀀😀')).toBe(4);
    expect(countLetters('e\u0301\uD800x')).toBe(2);
    expect(countLetters('')).toBe(0);
  });

  it('counts the code points of the runs a pattern finds', () => {
    expect(countInRuns('Привет, Hanoï 𠀀', /[\p{Script=Latin}]+/gu)).toBe(5);
    expect(countInRuns('Привет, Hanoï 𠀀', /[\p{Script=Han}]+/gu)).toBe(1);
  });

  it('tells whether a text has enough letters', () => {
    expect(hasLetters('ab cd 𝐀', 5)).toBe(true);
    expect(hasLetters('ab cd 𝐀', 6)).toBe(false);
    expect(hasLetters('', 0)).toBe(true);
  });
});

describe('maskProperNames', () => {
  it('blanks capitalised words and acronyms', () => {
    expect(maskProperNames('le ministre Nguyen a reçu FPV')).toBe('le ministre   a reçu  ');
  });
});
