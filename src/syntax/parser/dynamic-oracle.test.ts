import { describe, expect, it } from 'vitest';
import { moveCosts, type MoveCosts } from './dynamic-oracle.js';
import { leftAction, ParseState, rightAction, SHIFT } from './parse-state.js';
import { projectivize } from './projectivize.js';

/** Follow zero-cost moves only: a correct oracle rebuilds the gold tree exactly. */
function followOracle(heads: number[]): number[] {
  const n = heads.length;
  const gold = new Int32Array(n + 2);
  heads.forEach((head, i) => (gold[i + 1] = head === 0 ? n + 1 : head));
  const state = new ParseState(n);
  const costs: MoveCosts = { shift: 0, left: 0, right: 0 };
  while (!state.terminal) {
    moveCosts(state, gold, costs);
    if (costs.left === 0) state.apply(leftAction(0));
    else if (costs.right === 0) state.apply(rightAction(0));
    else if (costs.shift === 0) state.apply(SHIFT);
    else throw new Error('no zero-cost move');
  }
  return Array.from({ length: n }, (_, i) => {
    const head = state.heads[i + 1]!;
    return head === n + 1 ? 0 : head;
  });
}

describe('arc-hybrid dynamic oracle', () => {
  it('rebuilds projective gold trees from zero-cost moves', () => {
    // "Le ministre a reçu son homologue ." — det, nsubj, aux, root, det, obj, punct
    const trees = [[2, 4, 4, 0, 6, 4, 4], [0], [2, 0, 2, 5, 3], [3, 3, 0, 3, 6, 4, 6, 3]];
    for (const heads of trees) expect(followOracle(heads)).toEqual(heads);
  });

  it('gives a positive cost to a move that loses a gold arc', () => {
    const heads = [2, 0, 2]; // 1 ← 2 → 3
    const gold = new Int32Array([0, 2, 4, 2, 0]);
    const state = new ParseState(heads.length);
    state.apply(SHIFT); // stack [1], buffer 2 3 root
    const costs: MoveCosts = { shift: 0, left: 0, right: 0 };
    moveCosts(state, gold, costs);
    expect(costs.left).toBe(0);
    expect(costs.shift).toBe(1); // 1's head is 2: shifting 2 over it loses the arc
  });
});

describe('projectivize', () => {
  it('leaves projective trees alone', () => {
    expect(projectivize([2, 0, 2])).toEqual([2, 0, 2]);
  });

  it('lifts a crossing arc to its head’s head', () => {
    // 1→3 crosses 2→4 (root 2): lifting makes every arc nest
    const lifted = projectivize([3, 0, 2, 2]);
    expect(followOracle(lifted)).toEqual(lifted);
  });
});
