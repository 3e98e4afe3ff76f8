import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';

/** "TYPE date-value" for each event of a text (published 2024-03-12). */
function dated(text: string, language: 'fr' | 'en'): string[] {
  return analysed(text, language).events.map((event) => `${event.event} ${event.date?.value ?? '-'}`);
}

describe('the date of an act (whole pipeline)', () => {
  it('is none that the tree hangs on another noun or on a participle describing one', () => {
    expect(
      dated(
        'Vietnamese Foreign Minister Bui Thanh Son met Russian Foreign Minister Sergei Lavrov on March 11. ' +
          'The two ministers discussed preparations for high-level visits this year.',
        'en',
      ),
    ).toEqual(['CONSULT 2024-03-11']);
    expect(
      dated(
        'Le Vietnam a demandé le 10 mars à la Russie de lever les restrictions imposées aux navires depuis 2019, protestant contre ces mesures.',
        'fr',
      ),
    ).toEqual(['REQUEST 2024-03-10', 'ACCUSE 2024-03-10']);
  });
});
