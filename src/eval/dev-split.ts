import { createHash } from 'node:crypto';

/** The fixed halves of a dev set: errors are read on `look` only; `blind` measures generalisation. */
export type DevHalf = 'look' | 'blind';

/** The subsets every eval report prints, in this order. */
export const REPORT_SUBSETS = ['all', 'look', 'blind'] as const;
export type ReportSubset = (typeof REPORT_SUBSETS)[number];

/** The half a record belongs to: parity of the first byte of sha256("look-blind:" + id), stable forever. */
export function devHalf(id: string): DevHalf {
  const firstByte = createHash('sha256').update(`look-blind:${id}`).digest()[0] ?? 0;
  return firstByte % 2 === 0 ? 'look' : 'blind';
}

/**
 * Whether an eval may list this record's errors: the `look` half of a dev set, and every record of the
 * project's own gold sets (`own-…` ids, data/own-news: written for the project, read in full).
 */
export function errorsReadable(id: string): boolean {
  return id.startsWith('own-') || devHalf(id) === 'look';
}

/** Whether a record with this id is counted in a report subset. */
export function inSubset(id: string, subset: ReportSubset): boolean {
  return subset === 'all' || devHalf(id) === subset;
}

/** The items of one report subset. */
export function subsetOf<T extends { id: string }>(items: readonly T[], subset: ReportSubset): T[] {
  return items.filter((item) => inSubset(item.id, subset));
}

/** The heading of one subset's block: `== look half (20 items) ==`. */
export function subsetHeading(subset: ReportSubset, count: number, unit: string): string {
  const name = subset === 'all' ? 'all' : `${subset} half`;
  return `== ${name} (${count} ${unit}) ==`;
}
