import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './analyze-syntax.js';
import { parseConllu } from './conllu.js';
import { toConllu } from './to-conllu.js';

describe('CoNLL-U output', () => {
  it('writes contractions as ranges and every word with its offsets, readable by the CoNLL-U reader', () => {
    const text = 'Il parle du traité.\nElle signe.';
    const conllu = toConllu(analyzeSyntax(text, 'fr').sentences, text);
    expect(conllu).toContain('\tdu\t_\t_\t_\t_\t_\t_\t_\tOffsets=9:11\n');
    const [first, second] = parseConllu(conllu);
    expect(first!.text).toBe('Il parle du traité.');
    expect(first!.ranges).toEqual([{ first: 3, last: 4, form: 'du', misc: 'Offsets=9:11' }]);
    for (const word of [...first!.words, ...second!.words]) {
      const [start, end] = /Offsets=(\d+):(\d+)/.exec(word.misc)!.slice(1).map(Number);
      const slice = text.slice(start, end);
      expect(slice === word.form || slice === 'du').toBe(true);
    }
    expect(first!.words.find((word) => word.form === 'traité')!.misc).toBe('Offsets=12:18|SpaceAfter=No');
  });
});
