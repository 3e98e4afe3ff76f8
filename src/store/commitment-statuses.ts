import type { CommitmentRefresh } from './article-store.js';
import { isOverdue, OVERDUE_RULE_ID } from '../dedupe/commitment-match.js';

// `refreshCommitments` for both back ends: the decision (which open commitments are overdue as of
// a day, which overdue ones are open again) is made once here; each back end runs the SQL.

/** The statements `refreshCommitments` runs (`?` placeholders). */
export const COMMITMENT_REFRESH_SQL = {
  /** The latest article day, the default as-of day. */
  latestDay: 'SELECT MAX(day) AS day FROM articles',
  /** The commitments whose status may change: open and overdue ones. */
  due: "SELECT article_id, event_local_id, due_day, status FROM commitments WHERE status IN ('open', 'overdue')",
  /** One status change: status, rule, as-of day, article, event. */
  setStatus:
    'UPDATE commitments SET status = ?, status_rule = ?, status_as_of = ? WHERE article_id = ? AND event_local_id = ?',
  /** Commitments by status, for the refresh's summary. */
  counts: 'SELECT status, COUNT(*) AS n FROM commitments GROUP BY status',
} as const;

/** A row of `COMMITMENT_REFRESH_SQL.due`. */
export interface DueCommitment {
  article_id: string;
  event_local_id: string;
  due_day: string | null;
  status: string;
}

/**
 * The `COMMITMENT_REFRESH_SQL.setStatus` parameters of each commitment whose status changes as of `day`: overdue
 * once its due day has passed, open again when it has not.
 */
export function statusChanges(rows: DueCommitment[], day: string | null): unknown[][] {
  return rows.flatMap((row) => {
    const overdue = isOverdue(row.due_day, day);
    if (overdue && row.status !== 'overdue') {
      return [['overdue', OVERDUE_RULE_ID, day, row.article_id, row.event_local_id]];
    }
    if (!overdue && row.status === 'overdue')
      return [['open', null, day, row.article_id, row.event_local_id]];
    return [];
  });
}

/** The refresh's summary from the rows of `COMMITMENT_REFRESH_SQL.counts`. */
export function refreshSummary(
  day: string | null,
  counts: Array<{ status: string; n: number }>,
): CommitmentRefresh {
  const byStatus = new Map(counts.map((row) => [row.status, Number(row.n)]));
  return {
    asOf: day,
    overdue: byStatus.get('overdue') ?? 0,
    open: byStatus.get('open') ?? 0,
    fulfilled: byStatus.get('fulfilled') ?? 0,
  };
}
