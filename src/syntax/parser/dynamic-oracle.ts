import type { ParseState } from './parse-state.js';

/**
 * Costs of the three moves against a projective gold tree (Goldberg & Nivre 2013, arc-hybrid):
 * how many gold arcs still reachable each move makes unreachable. `goldHeads[i]` uses the same
 * numbering as the state (n + 1 = root).
 */
export interface MoveCosts {
  shift: number;
  left: number;
  right: number;
}

export function moveCosts(state: ParseState, goldHeads: Int32Array, out: MoveCosts): void {
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b0 = state.front;
  const root = state.root;
  out.shift = Infinity;
  out.left = Infinity;
  out.right = Infinity;
  if (state.canShift()) {
    let cost = 0;
    for (let i = 0; i < state.depth; i += 1) {
      const k = state.stack[i]!;
      if (goldHeads[k] === b0) cost += 1;
      if (k !== s0 && goldHeads[b0] === k) cost += 1;
    }
    out.shift = cost;
  }
  if (state.canLeft() || state.canRight()) {
    // Dependents of s0 still in the buffer are lost by either reduce.
    let lostDependents = 0;
    for (let k = b0; k < root; k += 1) if (goldHeads[k] === s0) lostDependents += 1;
    const head = goldHeads[s0]!;
    if (state.canLeft()) {
      const lostHead = head !== b0 && (head === s1 || head > b0) ? 1 : 0;
      out.left = lostDependents + lostHead;
    }
    if (state.canRight()) {
      const lostHead = head >= b0 ? 1 : 0;
      out.right = lostDependents + lostHead;
    }
  }
}
