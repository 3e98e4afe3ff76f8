import { api, type CommitmentRow } from '../api.js';
import { html } from '../html.js';
import { t, type MessageKey } from '../i18n.js';
import { useApi } from '../use-api.js';

const COLUMNS: Array<{ status: string; label: MessageKey }> = [
  { status: 'open', label: 'open' },
  { status: 'overdue', label: 'overdue' },
  { status: 'fulfilled', label: 'fulfilled' },
];

/** The event that fulfilled a commitment, linked to its article, so the reader can check it. */
function FulfilledBy({ by }: { by: NonNullable<CommitmentRow['fulfilledBy']> }) {
  return html`<div class="fulfilled-by">
    ${t('fulfilledBy')} ${by.event ?? ''} ${by.day ?? ''}:
    <a href=${`/articles/${by.articleId}`}>${by.title ?? by.articleId}</a>
  </div>`;
}

function Card({ row }: { row: CommitmentRow }) {
  return html`<li class=${`commitment ${row.status}`}>
    <strong>${row.kind}</strong> ${row.by ?? '?'} → ${row.to ?? '?'}
    <div class="what">${row.what ?? '—'}</div>
    <div>${row.dueValue ? `${t('due')} ${row.dueValue}` : ''}</div>
    <div class="rule">${row.statusRule ?? ''}</div>
    ${row.fulfilledBy ? html`<${FulfilledBy} by=${row.fulfilledBy} />` : ''}
    <a href=${`/articles/${row.articleId}`}>${t('evidence')} ↗</a>
  </li>`;
}

/** Commitments board: open, overdue and fulfilled side by side. */
export function CommitmentsView() {
  const result = useApi(() => api.commitments(), []);
  if (result.state === 'loading') return html`<p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return html`<p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  return html`<section aria-labelledby="commitments-title">
    <h1 id="commitments-title">${t('commitments')}</h1>
    <div class="board">
      ${COLUMNS.map(({ status, label }) => {
        const rows = result.value.items.filter((row) => row.status === status);
        return html`<section class="board-col" aria-labelledby=${`col-${status}`}>
          <h2 id=${`col-${status}`}>${t(label)} (${rows.length})</h2>
          <ul>
            ${rows.map((row) => html`<${Card} row=${row} />`)}
          </ul>
        </section>`;
      })}
    </div>
  </section>`;
}
