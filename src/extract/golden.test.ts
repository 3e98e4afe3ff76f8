import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenDiffHint } from '../test-support/golden-diff.js';
import { EXPECTED_DIR, expectedPathOf, extractSampleJsonl, listSamples } from '../test-support/samples.js';

// Golden outputs of the sample corpus: `extractPage` (what `entente extract --no-analyze`
// prints) must reproduce samples/expected/<rel>.jsonl byte for byte.
const samples = listSamples();

describe('sample corpus golden outputs', () => {
  it('finds the sample pages', () => {
    expect(samples.length).toBeGreaterThanOrEqual(24);
  });

  it('has no golden file without its sample', () => {
    const golden = readdirSync(EXPECTED_DIR, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.jsonl'))
      .map((path) => path.split('\\').join('/'));
    expect(golden.sort()).toEqual(samples.map((rel) => `${rel}.jsonl`));
  });

  it.each(samples)('%s', (rel) => {
    const path = expectedPathOf(rel);
    if (!existsSync(path)) {
      expect.fail(`no golden file samples/expected/${rel}.jsonl: run \`npm run golden:update\``);
    }
    const expected = readFileSync(path);
    const actual = Buffer.from(extractSampleJsonl(rel), 'utf8');
    if (!actual.equals(expected)) {
      expect.fail(
        `samples/${rel}: output differs from samples/expected/${rel}.jsonl\n` +
          `${goldenDiffHint(expected.toString('utf8'), actual.toString('utf8'))}\n` +
          'If the change is intended, run `npm run golden:update` and review the diff.',
      );
    }
  });
});
