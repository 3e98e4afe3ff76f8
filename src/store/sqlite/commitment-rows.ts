import type { CommitmentRow, CommitmentStatus, FulfillingEvent } from '../article-store.js';

/**
 * The `commitments` columns that `commitmentFromRow` reads, with the fulfilling event's type and day
 * and its article's title (correlated look-ups, so the list also works over a sub-select of commitments).
 */
export const COMMITMENT_ROW_COLUMNS = `article_id, event_local_id, kind, by_code, to_code, what, due_value, due_day,
  status, status_rule, fulfilled_article, fulfilled_event,
  (SELECT title FROM articles WHERE id = fulfilled_article) AS fulfilled_title,
  (SELECT event FROM events WHERE article_id = fulfilled_article AND local_id = fulfilled_event) AS fulfilled_type,
  (SELECT day FROM events WHERE article_id = fulfilled_article AND local_id = fulfilled_event) AS fulfilled_day`;

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
      ? {
          articleId: row.fulfilled_article,
          eventId: row.fulfilled_event ?? '',
          title: row.fulfilled_title ?? null,
          event: (row.fulfilled_type ?? null) as FulfillingEvent['event'],
          day: row.fulfilled_day ?? null,
        }
      : null,
  };
}
