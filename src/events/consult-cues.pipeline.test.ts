import { describe, expect, it } from 'vitest';
import { analyzeRecord } from '../pipeline/analyze.js';
import type { EventRecord } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';

/** The events of an English text run through the whole analysis. */
function events(text: string): string[] {
  const record = analyzeRecord(recordFromRawText(text, { language: 'en', published: '2024-03-12' }));
  const side = (actors: EventRecord['actor']): string => actors.map((actor) => actor.code).join(',');
  return record.events.map((event) => `${event.event} ${side(event.actor)}>${side(event.recipient)}`);
}

describe('meetings named by their format (English, whole pipeline)', () => {
  it('reads a political consultation co-chaired by two officials as talks between their states', () => {
    expect(
      events(
        'The Chilean deputy minister co-chaired the fifth political consultation with his Peruvian counterpart.',
      ),
    ).toEqual(['CONSULT CHL>PER']);
  });

  it('never makes the host of a visit its visitor', () => {
    expect(events('The President began a state visit to Egypt on Tuesday.')).toEqual(['CONSULT >EGY']);
  });
});
