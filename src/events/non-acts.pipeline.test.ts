import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';

/** "TYPE "cue"" for each event of a text, from the whole analysis. */
function coded(text: string, language: 'fr' | 'en'): string[] {
  const record = analysed(text, language);
  return record.events.map(
    (event) => `${event.event} "${record.text.slice(event.cue.start, event.cue.end)}"`,
  );
}

describe('the clause that describes a text (whole pipeline)', () => {
  it('is no act, even where the parser read its relative "que" as a completive on the noun', () => {
    expect(
      coded(
        "Ces essais violent la convention des Nations unies et le traité sur l'interdiction des armes nucléaires que la Corée a ratifié.",
        'fr',
      ),
    ).toEqual([]);
  });
});
