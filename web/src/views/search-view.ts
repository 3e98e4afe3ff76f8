import { useState } from 'preact/hooks';
import { PLOVER_TYPES } from '../../../src/records/article.js';
import { api, queryString } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { SaveWatchlist } from './watchlists-view.js';

const MODES = ['phone', 'visit', 'multilateral', 'third-party'];
const FACETS = ['q', 'country', 'type', 'quad', 'mode', 'context', 'from', 'to', 'sort'] as const;

/** Search with facets; the filter lives in the URL so every search is a permalink. */
export function SearchView({ url }: { url: URL }) {
  const params = Object.fromEntries(
    FACETS.map((key) => [key, url.searchParams.get(key) ?? '']).filter(([, v]) => v),
  ) as Record<string, string>;
  const [form, setForm] = useState<Record<string, string>>(params);
  const result = useApi(() => api.search(params), [url.search]);
  const submit = (event: Event) => {
    event.preventDefault();
    navigate(`/${queryString(form)}`);
  };
  const field = (key: string) => (event: Event) =>
    setForm({ ...form, [key]: (event.target as HTMLInputElement).value });
  const exportHref = (format: string) => `/api/export${queryString({ ...params, format })}`;
  return html`<section aria-labelledby="search-title">
    <h1 id="search-title">${t('search')}</h1>
    <form class="search" role="search" onSubmit=${submit}>
      <label class="wide"
        >${t('searchLabel')}<input
          type="search"
          name="q"
          value=${form['q'] ?? ''}
          placeholder=${t('searchPlaceholder')}
          onInput=${field('q')}
      /></label>
      <label
        >${t('country')}<input
          name="country"
          value=${form['country'] ?? ''}
          pattern="[A-Z]{3}(,[A-Z]{3})?"
          onInput=${field('country')}
      /></label>
      <label
        >${t('type')}<select name="type" value=${form['type'] ?? ''} onChange=${field('type')}>
          <option value="">${t('any')}</option>
          ${PLOVER_TYPES.map((x) => html`<option>${x}</option>`)}
        </select></label
      >
      <label
        >${t('quad')}<select name="quad" value=${form['quad'] ?? ''} onChange=${field('quad')}>
          <option value="">${t('any')}</option>
          ${[1, 2, 3, 4].map((x) => html`<option>${x}</option>`)}
        </select></label
      >
      <label
        >${t('mode')}<select name="mode" value=${form['mode'] ?? ''} onChange=${field('mode')}>
          <option value="">${t('any')}</option>
          ${MODES.map((x) => html`<option>${x}</option>`)}
        </select></label
      >
      <label
        >${t('sort')}<select name="sort" value=${form['sort'] ?? ''} onChange=${field('sort')}>
          <option value="">${t('sortNewest')}</option>
          <option value="relevance">${t('sortRelevance')}</option>
        </select></label
      >
      <label
        >${t('context')}<input
          name="context"
          value=${form['context'] ?? ''}
          pattern="[a-z_]+"
          onInput=${field('context')}
      /></label>
      <label
        >${t('from')}<input type="date" name="from" value=${form['from'] ?? ''} onInput=${field('from')}
      /></label>
      <label
        >${t('to')}<input type="date" name="to" value=${form['to'] ?? ''} onInput=${field('to')}
      /></label>
      <button type="submit">${t('submit')}</button>
    </form>
    <p class="exports">
      ${t('export')}:
      <a href=${exportHref('csv')} download>CSV</a> · <a href=${exportHref('jsonl')} download>JSONL</a> ·
      <a href=${exportHref('plover')} download>PLOVER</a>
    </p>
    <${SaveWatchlist} params=${params} />
    ${result.state === 'loading' ? html`<p aria-busy="true">${t('loading')}</p>` : null}
    ${result.state === 'error' ? html`<p role="alert" class="error">${t('error')}: ${result.message}</p>` : null}
    ${
      result.state === 'ready'
        ? html`<p class="count">
              ${result.value.items.length}${result.value.next !== null ? '+' : ''} ${t('results')}
            </p>
            ${result.value.items.length === 0 ? html`<p>${t('noResults')}</p>` : null}
            <ol class="results">
              ${result.value.items.map(
                (hit) =>
                  html`<li class=${`hit ${hit.kind}`}>
                    <a href=${`/articles/${hit.id}`}>${hit.title ?? hit.id}</a>
                    <span class="meta"
                      >${hit.kind === 'teaser' ? 'teaser · ' : ''}${hit.language ?? ''} ·
                      ${hit.published ?? t('unknown')} · ${hit.events}
                      ${t('events').toLowerCase()}${hit.duplicateOf ? ' · duplicate' : ''}</span
                    >
                  </li>`,
              )}
            </ol>`
        : null
    }
  </section>`;
}
