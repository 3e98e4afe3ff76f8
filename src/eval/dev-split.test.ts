import { describe, expect, it } from 'vitest';
import { devHalf, errorsReadable, inSubset, subsetHeading, subsetOf } from './dev-split.js';

describe('look/blind split of the dev sets', () => {
  it('puts a record id in the same half every time, by a hash of the id only', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `record-${i}`);
    const halves = ids.map(devHalf);
    expect(ids.map(devHalf)).toEqual(halves);
    const look = halves.filter((half) => half === 'look').length;
    expect(look).toBeGreaterThan(70);
    expect(look).toBeLessThan(130);
  });

  it('selects the items of a subset, all of them for "all"', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
    const look = subsetOf(items, 'look');
    const blind = subsetOf(items, 'blind');
    expect(look.length + blind.length).toBe(items.length);
    expect(look.every((item) => inSubset(item.id, 'look') && !inSubset(item.id, 'blind'))).toBe(true);
    expect(subsetOf(items, 'all')).toEqual(items);
  });

  it("lets errors be read on the look half and on the project's own texts only", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `dev-fr-${i}`);
    expect(ids.filter(errorsReadable)).toEqual(ids.filter((id) => devHalf(id) === 'look'));
    const own = Array.from({ length: 40 }, (_, i) => `own-fr-${i}`);
    expect(own.every(errorsReadable)).toBe(true);
  });

  it('names the subset and its size in the heading', () => {
    expect(subsetHeading('blind', 25, 'items')).toBe('== blind half (25 items) ==');
    expect(subsetHeading('all', 45, 'items')).toBe('== all (45 items) ==');
  });
});
