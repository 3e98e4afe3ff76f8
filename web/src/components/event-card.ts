import type { EventSummary } from '../api.js';
import { html } from '../html.js';
import { nameOf, t } from '../i18n.js';

/** A side as people read it: names, with the codes beside them. */
export function sideText(side: EventSummary['actor']): string {
  return side.map((a) => (a.name ? `${a.name} (${a.code})` : a.code)).join(', ') || '?';
}

/** One event as a search result: who did what to whom, when, how sure, the evidence, the article. */
export function EventCard({ hit }: { hit: EventSummary }) {
  return html`<li class=${`event-hit event quad${hit.quad}`} data-event=${hit.event}>
    <div>
      <strong>${hit.event}</strong
      >${hit.mode.length ? html` <span class="mode">${hit.mode.map((m) => nameOf('mode', m)).join(', ')}</span>` : null}
      <span class="meta"
        >${` · ${nameOf('quad', hit.quad)} · ${hit.date ?? t('unknown')} · ${t('confidence')} ${hit.confidence.toFixed(2)}`}</span
      >
      ${hit.negated ? html` <em>(${t('negated')})</em>` : null}${hit.hypothetical ? html` <em>(${t('hypothetical')})</em>` : null}
    </div>
    <div class="sides">${sideText(hit.actor)} → ${sideText(hit.recipient)}</div>
    <blockquote>${hit.evidence}</blockquote>
    <a href=${`/articles/${hit.articleId}#event=${hit.eventId}`}>${hit.title ?? hit.articleId}</a>
  </li>`;
}
