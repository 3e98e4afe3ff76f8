import { api, fieldMessages, queryString, type ArticleHit, type EventSummary } from '../api.js';
import { EventCard } from '../components/event-card.js';
import { FILTER_KEYS, FilterForm } from '../components/filter-form.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { SaveWatchlist } from './watchlists-view.js';

const EXPORTS = [
  ['csv', 'CSV'],
  ['jsonl', 'JSONL'],
  ['plover', 'PLOVER'],
  ['cameo-tsv', 'CAMEO TSV'],
] as const;

function ArticleItem({ hit }: { hit: ArticleHit }) {
  return html`<li class=${`hit ${hit.kind}`}>
    <a href=${`/articles/${hit.id}`}>${hit.title ?? hit.id}</a>
    <span class="meta"
      >${hit.kind === 'teaser' ? `${t('teaser')} · ` : ''}${hit.language ?? ''} ·
      ${hit.published ?? t('unknown')} · ${hit.events}
      ${t('events').toLowerCase()}${hit.duplicateOf ? ` · ${t('duplicate')}` : ''}</span
    >
  </li>`;
}

/** "1–50" and links to the previous and next pages (the API's `cursor`). */
function Pager({
  url,
  cursor,
  shown,
  next,
}: {
  url: URL;
  cursor: number;
  shown: number;
  next: number | null;
}) {
  const at = (value: number) => {
    const search = new URLSearchParams(url.search);
    if (value > 0) search.set('cursor', String(value));
    else search.delete('cursor');
    return `/?${search.toString()}`;
  };
  return html`<nav class="pager" aria-label="pages">
    <span class="count">${shown === 0 ? 0 : `${cursor + 1}–${cursor + shown}`} ${t('results')}</span>
    ${cursor > 0 ? html`<a rel="prev" href=${at(Math.max(0, cursor - 50))}>${t('previous')}</a>` : null}
    ${next !== null ? html`<a rel="next" href=${at(next)}>${t('next')}</a>` : null}
  </nav>`;
}

/** Search articles or events with facets; the filter lives in the URL so every search is a permalink. */
export function SearchView({ url }: { url: URL }) {
  const params = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, url.searchParams.get(key) ?? '']).filter(([, v]) => v),
  ) as Record<string, string>;
  const showEvents = url.searchParams.get('show') === 'events';
  const cursor = Number(url.searchParams.get('cursor') ?? 0) || 0;
  const result = useApi<{ items: Array<ArticleHit | EventSummary>; next: number | null }>(
    () =>
      (showEvents ? api.events : api.search)({ ...params, ...(cursor ? { cursor: String(cursor) } : {}) }),
    [url.search],
  );
  const exportHref = (format: string) => `/api/export${queryString({ ...params, format })}`;
  return html`<section aria-labelledby="search-title">
    <h1 id="search-title">${t('search')}</h1>
    <${FilterForm}
      key=${url.search}
      params=${{ ...params, ...(showEvents ? { show: 'events' } : {}) }}
      onSubmit=${(form: Record<string, string>) => navigate(`/${queryString(form)}`)}
      problems=${result.state === 'error' ? fieldMessages(result.fields) : {}}
    />
    <p class="scope">${t('scopeNote')}</p>
    <p class="exports">
      ${`${t('export')}: `}
      ${EXPORTS.map(
        ([format, label], i) =>
          html`${i > 0 ? ' · ' : ''}<a href=${exportHref(format)} download>${label}</a>`,
      )}
    </p>
    <${SaveWatchlist} params=${params} />
    ${result.state === 'loading' ? html`<p aria-busy="true">${t('loading')}</p>` : null}
    ${
      result.state === 'error'
        ? html`<p role=${result.fields.length > 0 ? null : 'alert'} class="error">
            ${t('error')}: ${result.fields.length > 0 ? t('fixFields') : result.message}
          </p>`
        : null
    }
    ${
      result.state === 'ready'
        ? html`<${Pager}
              url=${url}
              cursor=${cursor}
              shown=${result.value.items.length}
              next=${result.value.next}
            />
            ${result.value.items.length === 0 ? html`<p>${showEvents ? t('noEvents') : t('noResults')}</p>` : null}
            ${
              showEvents
                ? html`<ol class="results events-results">
                    ${(result.value.items as EventSummary[]).map((hit) => html`<${EventCard} hit=${hit} />`)}
                  </ol>`
                : html`<ol class="results">
                    ${(result.value.items as ArticleHit[]).map((hit) => html`<${ArticleItem} hit=${hit} />`)}
                  </ol>`
            }`
        : null
    }
  </section>`;
}
