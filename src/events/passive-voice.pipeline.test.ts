import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a passive the parser read as active (whole pipeline)', () => {
  it('makes the subject of "were declared" undergo the act, not do it', () => {
    const found = pipelineEvents(
      'Vilnius, May 3 (VNA) – Three Polish diplomats were declared persona non grata by Lithuania on Friday.',
      'en',
    );
    expect(found.some((event) => event.startsWith('SANCTION') && event.endsWith('>POL'))).toBe(true);
    expect(found.some((event) => event.startsWith('SANCTION POL>'))).toBe(false);
  });
});

describe('"declare X persona non grata" (whole pipeline)', () => {
  it('is the declaring state’s act on the diplomats’ state, whatever the object holds', () => {
    const found = pipelineEvents(
      'Oslo, June 2 (VNA) – Norway on June 2 declared three Iranian diplomats persona non grata and gave them a week to leave.',
      'en',
    );
    expect(found).toContain('SANCTION NOR>IRN');
    expect(found).not.toContain('SANCTION IRN>NOR');
  });
});
