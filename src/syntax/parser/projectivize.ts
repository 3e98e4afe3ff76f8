/**
 * Make a tree projective by lifting (Nivre & Nilsson 2005, without label encoding): while an arc
 * crosses another, the shortest crossing arc's dependent moves up to its head's head. Heads are
 * 1-based word ids with 0 = root; the input is not changed.
 */
export function projectivize(heads: readonly number[]): number[] {
  const out = [...heads];
  const n = out.length;
  for (let guard = 0; guard < n * n; guard += 1) {
    const arc = shortestNonProjective(out);
    if (arc < 0) return out;
    const head = out[arc - 1]!;
    out[arc - 1] = head === 0 ? 0 : out[head - 1]!;
  }
  return out;
}

function dominates(heads: readonly number[], ancestor: number, word: number): boolean {
  if (ancestor === 0) return true;
  let current = word;
  for (let steps = 0; steps <= heads.length && current !== 0; steps += 1) {
    if (current === ancestor) return true;
    current = heads[current - 1]!;
  }
  return false;
}

/** The dependent (1-based) of the shortest non-projective arc, or -1. */
function shortestNonProjective(heads: readonly number[]): number {
  let best = -1;
  let bestLength = Infinity;
  for (let dependent = 1; dependent <= heads.length; dependent += 1) {
    const head = heads[dependent - 1]!;
    if (head === 0) continue;
    const low = Math.min(head, dependent);
    const high = Math.max(head, dependent);
    if (high - low >= bestLength) continue;
    for (let k = low + 1; k < high; k += 1) {
      if (!dominates(heads, head, k)) {
        best = dependent;
        bestLength = high - low;
        break;
      }
    }
  }
  return best;
}
