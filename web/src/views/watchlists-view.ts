import { useState } from 'preact/hooks';
import { watchlistApi, type WatchlistItem } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { useApi } from '../use-api.js';

/** Save the current search filter as a watchlist. */
export function SaveWatchlist({ params }: { params: Record<string, string> }) {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  if (Object.keys(params).length === 0) return null;
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const created = await watchlistApi.create({
        name: name.trim() || JSON.stringify(params),
        filter: params,
      });
      setSaved(`#${created.id} ${created.name}`);
    } catch (error) {
      setSaved(`${t('error')}: ${(error as Error).message}`);
    }
  };
  return html`<form class="save-watchlist" onSubmit=${submit}>
    <label
      >${t('watchlistName')}<input
        value=${name}
        maxlength="80"
        onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)}
    /></label>
    <button type="submit">${t('saveWatchlist')}</button>
    ${saved ? html`<span role="status">${saved}</span>` : null}
  </form>`;
}

function WatchlistCard({ item }: { item: WatchlistItem }) {
  const [version, setVersion] = useState(0);
  const events = useApi(() => watchlistApi.events(item.id), [item.id, version]);
  const query = new URLSearchParams(item.filter).toString();
  return html`<article class="watchlist" data-id=${item.id}>
    <h2>
      ${item.name}
      <span class="badge"
        >${events.state === 'ready' ? events.value.items.filter((e) => !e.read).length : item.unread}
        ${t('unread')}</span
      >
    </h2>
    <p class="meta">
      <a href=${`/?${query}`}>${query}</a> · <a href=${`/watchlists/${item.id}/feed.atom`}>${t('feed')}</a>
    </p>
    <button
      type="button"
      onClick=${async () => {
        await watchlistApi.markRead(item.id);
        setVersion(version + 1);
      }}
    >
      ${t('markRead')}
    </button>
    ${
      events.state === 'ready'
        ? html`<ul>
            ${events.value.items.slice(0, 50).map((e) => html`<li class=${e.read ? 'read' : 'unread'}><strong>${e.event}</strong> ${e.date ?? ''} <a href=${`/articles/${e.articleId}`}>${e.title ?? e.articleId}</a></li>`)}
          </ul>`
        : null
    }
  </article>`;
}

/** Saved watchlists with their unread events. */
export function WatchlistsView() {
  const result = useApi(() => watchlistApi.list(), []);
  if (result.state === 'loading') return html`<p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return html`<p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  return html`<section aria-labelledby="watchlists-title">
    <h1 id="watchlists-title">${t('watchlists')}</h1>
    ${result.value.items.map((item) => html`<${WatchlistCard} item=${item} />`)}
  </section>`;
}
