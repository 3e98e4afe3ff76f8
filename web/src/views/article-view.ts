import type { ArticleRecord, EventRecord } from '../../../src/records/article.js';
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { DuplicatesNote } from '../components/duplicates-note.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { html } from '../html.js';
import { nameOf, t } from '../i18n.js';
import { NotFoundView } from './not-found-view.js';
import { useApi } from '../use-api.js';
import { isWebLink } from '../web-link.js';

function sideCodes(record: ArticleRecord, side: EventRecord['actor']) {
  return side
    .map((actor) => {
      const entity = record.entities.find((e) => e.id === actor.entity);
      return entity && entity.type === 'person' ? `${actor.code} (${entity.name})` : actor.code;
    })
    .join(', ');
}

function EventItem({
  record,
  event,
  selected,
  onSelect,
}: {
  record: ArticleRecord;
  event: EventRecord;
  selected: boolean;
  onSelect: (id: string | null) => void;
}) {
  const dyad = [...new Set([...event.actor, ...event.recipient].map((a) => a.code))].filter(
    (c) => c !== 'IGO',
  );
  return html`<li
    class=${`event quad${event.quad}${selected ? ' selected' : ''}`}
    data-event=${event.event}
    data-id=${event.id}
  >
    <button
      type="button"
      class="event-select"
      aria-pressed=${selected}
      onClick=${() => onSelect(selected ? null : event.id)}
    >
      <strong>${event.event}</strong
      >${event.mode.length ? ` · ${event.mode.map((m) => nameOf('mode', m)).join(', ')}` : ''}
    </button>
    ${event.negated ? html` <em>(${t('negated')})</em>` : null}${event.hypothetical ? html` <em>(${t('hypothetical')})</em>` : null}
    <div>
      ${`${t('actor')}: ${sideCodes(record, event.actor) || '—'} → ${t('recipient')}: ${sideCodes(record, event.recipient) || '—'}`}
    </div>
    <div>
      ${`${t('date')}: `}<span class="event-date"
        >${event.date ? `${event.date.text} (${event.date.value ?? '?'})` : '—'}</span
      >
    </div>
    ${
      event.commitment
        ? html`<div>
            ${`${t('commitment')}: ${nameOf('kind', event.commitment.kind)} ${event.commitment.what ?? ''} ${event.commitment.due ? `(${t('due')} ${event.commitment.due.value ?? event.commitment.due.text})` : ''}`}
          </div>`
        : null
    }
    <blockquote>${record.text.slice(event.evidence.start, event.evidence.end)}</blockquote>
    <div class="rule">
      ${`${event.cameo} · ${nameOf('quad', event.quad)} · ${t('rule')} ${event.ruleId} · ${t('confidence')} ${event.confidence}`}
    </div>
    ${dyad.length === 2 ? html`<a href=${`/dyads/${dyad[0]}/${dyad[1]}`}>${t('dossier')} ${dyad[0]}–${dyad[1]}</a>` : null}
  </li>`;
}

/** The event named in the address (`#event=v1`), so a search result opens with it highlighted. */
function eventInHash(): string | null {
  return /^#event=([\w-]+)$/.exec(location.hash)?.[1] ?? null;
}

/** A link for http(s) sources; any other source (file, upload, `javascript:`…) is shown as text. */
function SourceLink({ uri }: { uri: string }) {
  return isWebLink(uri)
    ? html`<a href=${uri} rel="noopener noreferrer">${uri}</a>`
    : html`<span class="source-uri">${uri}</span>`;
}

/** One article: highlighted text, events with evidence, entities, dates, captions, teasers. */
export function ArticleView({ id }: { id: string }) {
  const [selected, setSelected] = useState<string | null>(eventInHash);
  const select = (eventId: string | null) => {
    setSelected(eventId);
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}${eventId ? `#event=${eventId}` : ''}`,
    );
  };
  const result = useApi(async () => {
    const [record, teasers] = await Promise.all([
      api.article(id),
      api.teasers(id).catch(() => ({ items: [] })),
    ]);
    return { record, teasers: teasers.items };
  }, [id]);
  if (result.state === 'loading') return html`<p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return result.status === 404
      ? html`<${NotFoundView} message="articleNotFound" />`
      : html`<p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  const { record, teasers } = result.value;
  const persons = record.entities.filter((e) => e.type === 'person');
  const others = record.entities.filter((e) => e.type !== 'person');
  return html`<article class="article-view" data-id=${record.id}>
    <h1>${record.title ?? record.id}</h1>
    <p class="meta">
      ${record.kind === 'teaser' ? html`${t('teaser')} · <a href=${`/articles/${record.parent}`}>↑</a> · ` : null}
      ${`${t('language')}: ${record.language ?? '?'} · ${t('published')}: ${record.published ?? t('unknown')}`}
      ${`${record.dateline ? ` · ${record.dateline.place ?? ''} (${record.dateline.agency ?? ''})` : ''} · `}
      <${SourceLink} uri=${record.source.uri} />
    </p>
    <${DuplicatesNote} id=${record.id} />
    <div class="columns">
      <div class="main-col">
        <${HighlightedText} record=${record} selected=${selected} />
        ${record.signoff ? html`<p class="signoff">— ${record.signoff}</p>` : null}
        ${
          record.captions.length
            ? html`<section aria-labelledby="captions-title">
                <h2 id="captions-title">${t('captions')}</h2>
                <ul class="captions">
                  ${record.captions.map((c) => html`<li>${c.text}${c.credit ? html` <span class="credit">Photo: ${c.credit}</span>` : null}</li>`)}
                </ul>
              </section>`
            : null
        }
        ${
          teasers.length
            ? html`<section aria-labelledby="teasers-title">
                <h2 id="teasers-title">${t('teasers')}</h2>
                <ul class="teasers">
                  ${teasers.map((x) => html`<li><a href=${`/articles/${x.id}`}>${x.title}</a></li>`)}
                </ul>
              </section>`
            : null
        }
      </div>
      <aside class="side-col">
        <section aria-labelledby="events-title">
          <h2 id="events-title">${t('events')} (${record.events.length})</h2>
          <ol class="events">
            ${record.events.map((event) => html`<${EventItem} record=${record} event=${event} selected=${event.id === selected} onSelect=${select} />`)}
          </ol>
        </section>
        <section aria-labelledby="persons-title">
          <h2 id="persons-title">${t('persons')}</h2>
          <ul>
            ${persons.map((p) => html`<li class="person"><a href=${`/persons?name=${encodeURIComponent(p.name)}`}>${p.name}</a> — ${p.roles.map((r) => r.title).join('; ') || '—'} — ${p.country ?? '?'}</li>`)}
          </ul>
        </section>
        <section aria-labelledby="orgs-title">
          <h2 id="orgs-title">${t('organizations')} / ${t('countries')}</h2>
          <ul>
            ${others.map((e) => html`<li>${e.name}${e.acronym ? ` (${e.acronym})` : ''} — ${e.type} — ${e.country ?? '?'}</li>`)}
          </ul>
        </section>
        <section aria-labelledby="dates-title">
          <h2 id="dates-title">${t('dates')}</h2>
          <ul>
            ${record.dates.map((d) => html`<li><mark class="date">${d.text}</mark> → ${d.value ?? '?'} (${d.grain})</li>`)}
          </ul>
        </section>
      </aside>
    </div>
  </article>`;
}
