import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a judgement of an extension, a ban or an embargo told before (whole pipeline)', () => {
  it('is aimed at whoever did the act, not at the article’s other party', () => {
    const found = pipelineEvents(
      'The UN Security Council on Friday extended the arms embargo on Mali for another year. France voted for the text, the French mission said. Mali rejected the extension.',
      'en',
    );
    expect(found).toContain('REJECT MLI>IGO');
    expect(found).not.toContain('REJECT MLI>FRA');
  });
});
