import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';

describe('a headline that sums up an act the body tells (whole pipeline)', () => {
  it('leaves the body’s sentence to tell it, with its own cue: the body is no retelling of the headline', () => {
    const record = analysed(
      [
        'Bolivia rejects OAS resolution',
        'La Paz (VNA) – Bolivian Foreign Minister Carlos Rojas on March 3 rejected the resolution adopted by the Organization of American States, calling it biased.',
      ].join('\n\n'),
      'en',
    );
    const rejections = record.events.filter((event) => event.event === 'REJECT');
    expect(rejections.map((event) => record.text.slice(event.cue.start, event.cue.end))).toEqual([
      'rejected',
    ]);
  });
});
