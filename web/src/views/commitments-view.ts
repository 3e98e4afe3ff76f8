import { useState } from 'preact/hooks';
import { COMMITMENT_STATUSES } from '../../../src/records/article.js';
import { api, type CommitmentRow } from '../api.js';
import { html } from '../html.js';
import { nameOf, t, type MessageKey } from '../i18n.js';
import { useApi } from '../use-api.js';

const COLUMNS: Array<{ status: string; label: MessageKey }> = [
  { status: 'open', label: 'open' },
  { status: 'overdue', label: 'overdue' },
  { status: 'fulfilled', label: 'fulfilled' },
  { status: 'cancelled', label: 'cancelled' },
];
const KINDS = ['request', 'promise', 'agreement', 'invitation', 'offer'];

/** The event that fulfilled a commitment, linked to its article, so the reader can check it. */
function FulfilledBy({ by }: { by: NonNullable<CommitmentRow['fulfilledBy']> }) {
  return html`<div class="fulfilled-by">
    ${`${t('fulfilledBy')} ${by.event ?? ''} ${by.day ?? ''}: `}
    <a href=${`/articles/${by.articleId}#event=${by.eventId}`}>${by.title ?? by.articleId}</a>
  </div>`;
}

function Card({ row }: { row: CommitmentRow }) {
  return html`<li class=${`commitment ${row.status}`} data-kind=${row.kind}>
    <strong>${nameOf('kind', row.kind)}</strong> ${`${row.by ?? '?'} → ${row.to ?? '?'}`}
    <div class="what">${row.what ?? '—'}</div>
    ${row.dueValue ? html`<div>${`${t('due')} ${row.dueValue}`}</div>` : null}
    <div>
      <a href=${`/articles/${row.articleId}#event=${row.eventId}`}>${t('statedIn')} ↗</a>
    </div>
    ${row.fulfilledBy ? html`<${FulfilledBy} by=${row.fulfilledBy} />` : null}
    <details>
      <summary>${t('details')}</summary>
      <dl>
        <dt>${t('status')}</dt>
        <dd>${nameOf('status', row.status)}</dd>
        <dt>${t('rule')}</dt>
        <dd class="rule">${row.statusRule ?? '—'}</dd>
        ${
          row.dueDay
            ? html`<dt>${t('due')}</dt>
                <dd>${row.dueDay}</dd>`
            : null
        }
        <dt>${t('evidence')}</dt>
        <dd>${`${row.articleId} · ${row.eventId}`}</dd>
      </dl>
    </details>
  </li>`;
}

/** Whether a commitment is between the countries typed (one code: either side; two: the pair). */
function involves(row: CommitmentRow, countries: string[]): boolean {
  const sides = [row.by, row.to];
  return countries.every((code) => sides.includes(code));
}

/** Commitments board: open, overdue, fulfilled and cancelled side by side, with filters. */
export function CommitmentsView() {
  const result = useApi(() => api.commitments(), []);
  const [country, setCountry] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  if (result.state === 'loading') return html`<p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return html`<p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  const countries = country.toUpperCase().match(/[A-Z]{3}/g) ?? [];
  const rows = result.value.items.filter(
    (row) => (!kind || row.kind === kind) && (!status || row.status === status) && involves(row, countries),
  );
  const value = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  return html`<section aria-labelledby="commitments-title">
    <h1 id="commitments-title">${t('commitments')}</h1>
    <form class="board-filters" onSubmit=${(e: Event) => e.preventDefault()}>
      <label>${t('country')}<input name="country" value=${country} onInput=${value(setCountry)} /></label>
      <label
        >${t('kind')}<select name="kind" value=${kind} onChange=${value(setKind)}>
          <option value="">${t('any')}</option>
          ${KINDS.map((k) => html`<option value=${k}>${nameOf('kind', k)}</option>`)}
        </select></label
      >
      <label
        >${t('status')}<select name="status" value=${status} onChange=${value(setStatus)}>
          <option value="">${t('any')}</option>
          ${COMMITMENT_STATUSES.map((s) => html`<option value=${s}>${nameOf('status', s)}</option>`)}
        </select></label
      >
    </form>
    <div class="board">
      ${COLUMNS.filter((column) => !status || column.status === status).map(
        ({ status: columnStatus, label }) => {
          const column = rows.filter((row) => row.status === columnStatus);
          return html`<section class="board-col" aria-labelledby=${`col-${columnStatus}`}>
            <h2 id=${`col-${columnStatus}`}>${t(label)} (${column.length})</h2>
            <ul>
              ${column.map((row) => html`<${Card} row=${row} />`)}
            </ul>
          </section>`;
        },
      )}
    </div>
  </section>`;
}
