import { describe, expect, it } from 'vitest';
import { FeatureBuffer } from './feature-hash.js';

describe('feature buffer', () => {
  it('holds the same features written by index after reserve as pushed one by one', () => {
    const pushed = new FeatureBuffer(2);
    const written = new FeatureBuffer(2);
    pushed.push(7);
    written.push(7);
    const values = written.reserve(5);
    let n = written.length;
    for (let i = 0; i < 5; i += 1) {
      pushed.push(100 + i);
      values[n++] = 100 + i;
    }
    written.length = n;
    expect(values.length).toBeGreaterThanOrEqual(6);
    expect(Array.from(written.values.subarray(0, written.length))).toEqual(
      Array.from(pushed.values.subarray(0, pushed.length)),
    );
  });
});
