import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { html } from '../html.js';
import { nameOf, t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';

/** "50 / 3014 shown" under a list the dossier cut short. */
function shownOf(shown: number, total: number) {
  return total > shown ? html`<p class="shown-of">${shown} / ${total} ${t('shown')}</p>` : null;
}

/** Country-pair dossier: timeline by month and quad, balance, key people, commitments, latest events. */
export function DossierView({ a, b }: { a: string; b: string }) {
  const [pair, setPair] = useState(`${a},${b}`);
  const result = useApi(() => api.dossier(a, b), [a, b]);
  const change = (event: Event) => {
    event.preventDefault();
    const [x, y] = pair.toUpperCase().split(/[,\s–-]+/);
    if (x && y) navigate(`/dyads/${x}/${y}`);
  };
  const form = html`<form class="pair" onSubmit=${change}>
    <label
      >${t('pair')}<input
        value=${pair}
        pattern="[A-Za-z]{3}[^A-Za-z]+[A-Za-z]{3}"
        onInput=${(e: Event) => setPair((e.target as HTMLInputElement).value)}
    /></label>
    <button type="submit">OK</button>
  </form>`;
  if (result.state === 'loading')
    return html`${form}
      <p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return html`${form}
      <p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  const d = result.value;
  const balancePct = Math.round(((d.totals.balance + 1) / 2) * 100);
  const onTimeline = d.byMonth.reduce((n, m) => n + m.quad1 + m.quad2 + m.quad3 + m.quad4, 0);
  const undated = d.totals.events - onTimeline;
  return html`<section class="dossier" aria-labelledby="dossier-title">
    <h1 id="dossier-title">${t('dossier')} ${a} – ${b}</h1>
    ${form}
    <p class="totals">
      <span class="total-events">${d.totals.events}</span>
      ${` ${t('events').toLowerCase()} · ${d.totals.cooperation} ${t('cooperation')} · ${d.totals.conflict} ${t('conflict')} · `}
      <a href=${`/?country=${a},${b}&show=events`}>${t('events')} ↗</a>
    </p>
    <p class="note">${t('quadNote')} ${t('scopeNote')}</p>
    <div
      class="balance"
      role="meter"
      aria-label=${t('balance')}
      aria-valuemin="-1"
      aria-valuemax="1"
      aria-valuenow=${d.totals.balance.toFixed(2)}
    >
      <div class="coop" style=${`width:${balancePct}%`}></div>
    </div>
    <${TimelineChart} months=${d.byMonth} />
    ${undated > 0 ? html`<p class="undated"><span class="undated-count">${undated}</span> ${t('undated')}</p>` : null}
    <div class="columns">
      <section aria-labelledby="latest-title" class="main-col">
        <h2 id="latest-title">${t('latest')}</h2>
        <ol class="events">
          ${d.latest.map(
            (e) =>
              html`<li class=${`event quad${e.quad}`}>
                <strong>${e.event}</strong>
                ${` ${[...e.mode.map((m) => nameOf('mode', m)), nameOf('quad', e.quad)].join(' · ')} · ${e.date ?? t('unknown')} · ${e.actor.join('+')} → ${e.recipient.join('+')}`}
                <div><a href=${`/articles/${e.articleId}`}>${e.title ?? e.articleId}</a></div>
                <blockquote>${e.evidence}</blockquote>
              </li>`,
          )}
        </ol>
      </section>
      <aside class="side-col">
        <section aria-labelledby="types-title">
          <h2 id="types-title">${t('type')}</h2>
          <ul>
            ${d.byType.map((x) => html`<li><a href=${`/?country=${a},${b}&type=${x.key}&show=events`}>${x.key}</a>: ${x.count}</li>`)}
          </ul>
        </section>
        <section aria-labelledby="people-title">
          <h2 id="people-title">${t('keyPeople')}</h2>
          <ul>
            ${d.persons.map((p) => html`<li><a href=${`/persons?name=${encodeURIComponent(p.name)}`}>${p.name}</a> (${p.country ?? '?'}) — ${p.roles.join('; ')} · ${p.events}</li>`)}
          </ul>
          ${shownOf(d.persons.length, d.listTotals.persons)}
        </section>
        <section aria-labelledby="dcommit-title">
          <h2 id="dcommit-title">${t('commitments')}</h2>
          <ul>
            ${d.commitments.map((c) => html`<li class=${`commitment ${c.status}`}>${nameOf('status', c.status)}: ${nameOf('kind', c.kind)} ${c.by ?? '?'} → ${c.to ?? '?'} — ${c.what ?? ''} ${c.dueValue ? `(${t('due')} ${c.dueValue})` : ''} <a href=${`/articles/${c.articleId}`}>↗</a></li>`)}
          </ul>
          ${shownOf(d.commitments.length, d.listTotals.commitments)}
        </section>
        <section aria-labelledby="stories-title">
          <h2 id="stories-title">${t('stories')}</h2>
          <ul>
            ${d.stories.map((s) => html`<li>${s.title ?? s.id} · ${s.articles} art. · ${s.events} ev.</li>`)}
          </ul>
          ${shownOf(d.stories.length, d.listTotals.stories)}
        </section>
      </aside>
    </div>
  </section>`;
}
