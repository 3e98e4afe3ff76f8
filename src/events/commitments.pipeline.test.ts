import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';

/** "TYPE due" for each commitment of a text, from the whole analysis. */
function dues(text: string, language: 'fr' | 'en'): string[] {
  return analysed(text, language).events.flatMap((event) =>
    event.commitment ? [`${event.event} ${event.commitment.due?.value ?? '-'}`] : [],
  );
}

/** "TYPE what" for each commitment of a text, from the whole analysis. */
function commitments(text: string, language: 'fr' | 'en'): string[] {
  return analysed(text, language).events.flatMap((event) =>
    event.commitment ? [`${event.event} ${event.commitment.what ?? '-'}`] : [],
  );
}

describe('what a commitment named by its own noun commits to (whole pipeline)', () => {
  it('is not a phrase of how, where or with whom', () => {
    expect(
      commitments(
        "Le président japonais a invité son homologue vietnamien à se rendre au Japon. Le président vietnamien a accepté l'invitation avec plaisir.",
        'fr',
      ),
    ).toEqual(['AGREE se rendre au Japon', 'AGREE -']);
  });

  it('is what the noun is about', () => {
    expect(commitments('Vietnam and Cambodia reached an agreement on trade in Geneva.', 'en')).toEqual([
      'AGREE trade',
    ]);
  });
});

describe('the due date of a commitment (whole pipeline)', () => {
  it('is a deadline inside what is committed, wherever the parser hung it', () => {
    expect(
      dues('Vietnam and Indonesia agreed to raise two-way trade to 20 billion USD by 2028.', 'en'),
    ).toEqual(['AGREE 2028']);
  });

  it('is never the date of another act inside it', () => {
    expect(dues("Le Vietnam a demandé à la Chine de respecter l'accord signé avant 2020.", 'fr')).toEqual([
      'REQUEST -',
    ]);
  });
});
