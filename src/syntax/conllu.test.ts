import { describe, expect, it } from 'vitest';
import { formatFeats, parseConllu, parseFeats } from './conllu.js';

const SAMPLE = [
  '# sent_id = t1',
  '# text = Il parle du traité.',
  '1\tIl\til\tPRON\t_\tNumber=Sing|Person=3\t2\tnsubj\t_\t_',
  '2\tparle\tparler\tVERB\t_\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_',
  '3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_',
  '4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_',
  '5\ttraité\ttraité\tNOUN\t_\t_\t2\tobl:arg\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

describe('CoNLL-U reader', () => {
  it('reads words, multiword ranges and the sentence text', () => {
    const [sentence] = parseConllu(SAMPLE);
    expect(sentence!.sentId).toBe('t1');
    expect(sentence!.text).toBe('Il parle du traité.');
    expect(sentence!.words.map((word) => word.form)).toEqual(['Il', 'parle', 'de', 'le', 'traité', '.']);
    expect(sentence!.ranges).toEqual([{ first: 3, last: 4, form: 'du', misc: '_' }]);
    expect(sentence!.words[4]!.deprel).toBe('obl:arg');
  });

  it('reads and writes feature bundles in UD order', () => {
    expect(parseFeats('Mood=Ind|VerbForm=Fin')).toEqual({ Mood: 'Ind', VerbForm: 'Fin' });
    expect(formatFeats({ VerbForm: 'Fin', Mood: 'Ind' })).toBe('Mood=Ind|VerbForm=Fin');
    expect(formatFeats({})).toBe('_');
  });

  it('says which line is malformed', () => {
    expect(() => parseConllu('1\tIl\til\n')).toThrow(/expected 10 columns/);
  });
});
