/** True/false positive and false negative counts of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Add counts into a running total. */
export function addCounts(total: Counts, more: Counts): void {
  total.tp += more.tp;
  total.fp += more.fp;
  total.fn += more.fn;
}

/** One line: `label  P 0.812  R 0.640  F1 0.716  (tp/fp/fn)`. */
export function formatCounts(label: string, counts: Counts): string {
  const { precision, recall, f1 } = prf(counts);
  const figure = (value: number): string => value.toFixed(3);
  return `${label.padEnd(22)} P ${figure(precision)}  R ${figure(recall)}  F1 ${figure(f1)}  (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`;
}

/** Greedy one-to-one matching: the number of gold items matched by some prediction. */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  matches: (g: G, p: P) => boolean,
): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const item of gold) {
    const index = predicted.findIndex(
      (candidate, position) => !used.has(position) && matches(item, candidate),
    );
    if (index < 0) continue;
    used.add(index);
    tp += 1;
  }
  return { tp, fp: predicted.length - used.size, fn: gold.length - tp };
}
