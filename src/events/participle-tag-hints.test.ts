import { describe, expect, it } from 'vitest';
import { recordFromRawText } from '../records/raw-text.js';
import { participleTagHints } from './participle-tag-hints.js';

const shape = {
  clitics: ['le', 'la', "l'", 'les', 'lui', 'leur'],
  endings: ['ant'],
  markers: ['de', "d'", 'à'],
  infinitiveEndings: ['er', 'ir', 're', 'oir'],
};

const hinted = (text: string): string[] => {
  const record = recordFromRawText(text, { language: 'fr', published: '2024-03-12' });
  return participleTagHints(record, shape).map((hint) => `${text.slice(hint.start, hint.end)}:${hint.upos}`);
};

describe('a participle with an object clitic before an infinitive', () => {
  it('is hinted as a verb, its clitic as a pronoun, with or without an apostrophe', () => {
    expect(hinted('Il a réagi, les accusant de soutenir les rebelles.')).toEqual([
      'les:PRON',
      'accusant:VERB',
    ]);
    expect(hinted('Il a parlé, l’exhortant à cesser les tirs.')).toEqual(['l’:PRON', 'exhortant:VERB']);
  });

  it('leaves nouns in -ant alone when no infinitive follows, and needs the shape', () => {
    expect(hinted('Les participants à la réunion et les représentants de la ville.')).toEqual([]);
    expect(
      hinted('Il a réagi, les accusant de soutenir les rebelles.'.replace('de soutenir', 'de la ville')),
    ).toEqual([]);
    const record = recordFromRawText('les accusant de soutenir', { language: 'fr', published: null });
    expect(participleTagHints(record, undefined)).toEqual([]);
  });
});
