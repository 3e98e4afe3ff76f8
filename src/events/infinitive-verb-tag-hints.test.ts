import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';
import { infinitiveVerbTagHints } from './infinitive-verb-tag-hints.js';

const words = { forms: ['aim', 'wish'], mark: 'to', notPlurals: ['perhaps'] };

describe('a base form between a plural noun and a marked infinitive', () => {
  it('is hinted as a verb there, not after a singular noun, a non-plural or without the mark', () => {
    const record = analysed(
      'Local businesses aim to export rice. The aim to grow is old. Perhaps wish to go. The crisis aim to. Farmers aim for more.',
      'en',
    );
    const hints = infinitiveVerbTagHints(record, words).map(
      (hint) => `${hint.start}:${record.text.slice(hint.start, hint.end)}`,
    );
    expect(hints).toEqual(['17:aim']);
    expect(infinitiveVerbTagHints(record, undefined)).toEqual([]);
  });

  it('keeps the act below it a wish, not a deed (whole pipeline)', () => {
    const record = analysed(
      'Minister Tran said several Vietnamese firms wish to send cash aid to Cuba.',
      'en',
    );
    expect(record.events.map((event) => `${event.event} ${event.hypothetical}`)).toEqual(['AID true']);
  });
});
