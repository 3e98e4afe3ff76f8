import { describe, expect, it } from 'vitest';
import { firstDifference, goldenDiffHint } from './golden-diff.js';

describe('goldenDiffHint', () => {
  it('is empty for identical outputs', () => {
    expect(goldenDiffHint('{"a":1}\n', '{"a":1}\n')).toBe('');
  });

  it('names the first differing record and field', () => {
    const expected = '{"a":1}\n{"title":"X","captions":[{"credit":"VNA"}]}\n';
    const actual = '{"a":1}\n{"title":"X","captions":[{"credit":null}]}\n';
    const hint = goldenDiffHint(expected, actual);
    expect(hint).toContain('line 2 (record 1) differs in field captions[0].credit');
    expect(hint).toContain('expected: "VNA"');
    expect(hint).toContain('actual:   null');
  });

  it('reports a missing record and a changed key order', () => {
    expect(goldenDiffHint('{"a":1}\n{"b":2}\n', '{"a":1}\n')).toContain('record 1');
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })?.path).toBe('{keys}');
  });
});
