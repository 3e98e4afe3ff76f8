/** Counts of values seen under each key (a form's lemmas, a contraction's expansions…). */
export type ValueCounts = Map<string, Map<string, number>>;

/** Count one more `value` under `key`. */
export function countValue(counts: ValueCounts, key: string, value: string): void {
  let values = counts.get(key);
  if (!values) counts.set(key, (values = new Map()));
  values.set(value, (values.get(value) ?? 0) + 1);
}

/** The most frequent value; ties go to the value first in sort order, so training is deterministic. */
export function mostFrequent(counts: Map<string, number>): string {
  let winner = '';
  let top = -1;
  for (const key of [...counts.keys()].sort()) {
    const count = counts.get(key)!;
    if (count > top) {
      top = count;
      winner = key;
    }
  }
  return winner;
}
