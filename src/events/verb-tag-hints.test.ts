import { describe, expect, it } from 'vitest';
import { analyzeRecord } from '../pipeline/analyze.js';
import { recordFromRawText } from '../records/raw-text.js';
import { pipelineEvents } from './test-support/pipeline-events.js';
import { verbTagHints } from './verb-tag-hints.js';

const forms = ['requests', 'calls'];

describe('present-tense verbs of statement after a name', () => {
  it('are hinted as verbs before what they take, not elsewhere', () => {
    const record = analyzeRecord(
      recordFromRawText('Chile requests that Peru release the boats. The Chile calls were long.', {
        language: 'en',
        published: '2024-03-12',
      }),
    );
    const hints = verbTagHints(record, forms).map((hint) => record.text.slice(hint.start, hint.end));
    expect(hints).toEqual(['requests']);
    expect(verbTagHints(record, [])).toEqual([]);
  });

  it('let the verb be read as the act (whole pipeline)', () => {
    expect(pipelineEvents('Chile requests that Peru release the fishing boats, she said.', 'en')).toEqual([
      'REQUEST CHL>PER',
    ]);
  });
});
