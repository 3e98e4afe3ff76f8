import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';

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
