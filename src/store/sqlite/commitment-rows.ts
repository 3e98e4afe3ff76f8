import type { CommitmentRow, CommitmentStatus } from '../article-store.js';

/** The `commitments` columns that `commitmentFromRow` reads. */
export const COMMITMENT_ROW_COLUMNS = `article_id, event_local_id, kind, by_code, to_code, what, due_value, due_day,
  status, status_rule, fulfilled_article, fulfilled_event`;

/** A `commitments` row (selected with COMMITMENT_ROW_COLUMNS) as the store's CommitmentRow. */
export function commitmentFromRow(row: Record<string, string | null>): CommitmentRow {
  return {
    articleId: row.article_id!,
    eventId: row.event_local_id!,
    kind: row.kind as CommitmentRow['kind'],
    by: row.by_code ?? null,
    to: row.to_code ?? null,
    what: row.what ?? null,
    dueValue: row.due_value ?? null,
    dueDay: row.due_day ?? null,
    status: row.status as CommitmentStatus,
    statusRule: row.status_rule ?? null,
    fulfilledBy: row.fulfilled_article
      ? { articleId: row.fulfilled_article, eventId: row.fulfilled_event ?? '' }
      : null,
  };
}
