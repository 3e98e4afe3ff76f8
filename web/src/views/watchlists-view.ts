import { useState } from 'preact/hooks';
import { ApiError, watchlistApi, type WatchlistItem } from '../api.js';
import { FieldMessage, invalidAttributes } from '../components/filter-form.js';
import { html } from '../html.js';
import { nameOf, t } from '../i18n.js';
import { useApi } from '../use-api.js';

/** A filter as words: "pays VNM,RUS · type CONSULT", not a query string. */
export function describeFilter(filter: Record<string, string>): string {
  return (
    Object.entries(filter)
      .map(([key, value]) => (value === 'true' ? nameOf('filter', key) : `${nameOf('filter', key)} ${value}`))
      .join(' · ') || t('any')
  );
}

/** Save the current search filter as a watchlist. */
export function SaveWatchlist({ params }: { params: Record<string, string> }) {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  if (Object.keys(params).length === 0) return null;
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const created = await watchlistApi.create({
        name: name.trim() || describeFilter(params),
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
        maxlength="120"
        onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)}
    /></label>
    <button type="submit">${t('saveWatchlist')}</button>
    ${saved ? html`<span role="status">${saved}</span>` : null}
  </form>`;
}

/** Create a watchlist from a name and a filter written as a search's parameters. */
function CreateWatchlist({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  // The server's messages for the name and the filter, shown next to each.
  const [refused, setRefused] = useState<{ name?: string | undefined; filter?: string | undefined }>({});
  const submit = async (event: Event) => {
    event.preventDefault();
    const params = Object.fromEntries(new URLSearchParams(filter.trim().replace(/^[/?]+/, '')));
    try {
      await watchlistApi.create({ name: name.trim() || describeFilter(params), filter: params });
      setName('');
      setFilter('');
      setMessage(null);
      setRefused({});
      onCreated();
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      const about = (prefix: string) =>
        fields
          .filter((f) => f.field === prefix || f.field.startsWith(`${prefix}.`))
          .map((f) => f.detail)
          .join('; ') || undefined;
      const byField = { name: about('name'), filter: about('filter') };
      setRefused(byField);
      setMessage(byField.name || byField.filter ? null : `${t('error')}: ${(error as Error).message}`);
    }
  };
  const value = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  return html`<form class="create-watchlist" onSubmit=${submit}>
    <label
      >${t('watchlistName')}<input
        name="name"
        value=${name}
        maxlength="120"
        required
        onInput=${value(setName)}
        ...${invalidAttributes('name', refused.name)} /><${FieldMessage} field="name" message=${refused.name}
    /></label>
    <label class="wide"
      >${t('watchlistFilter')}<input
        name="filter"
        value=${filter}
        onInput=${value(setFilter)}
        ...${invalidAttributes('filter', refused.filter)} /><${FieldMessage}
        field="filter"
        message=${refused.filter}
    /></label>
    <button type="submit">${t('createWatchlist')}</button>
    ${message ? html`<p role="alert" class="error">${message}</p>` : null}
  </form>`;
}

function WatchlistCard({ item, onChanged }: { item: WatchlistItem; onChanged: () => void }) {
  const [version, setVersion] = useState(0);
  const [renaming, setRenaming] = useState<string | null>(null);
  const events = useApi(() => watchlistApi.events(item.id), [item.id, version]);
  const query = new URLSearchParams(item.filter).toString();
  const unread = events.state === 'ready' ? events.value.items.filter((e) => !e.read).length : item.unread;
  const rename = async (event: Event) => {
    event.preventDefault();
    if (renaming?.trim()) await watchlistApi.rename(item.id, renaming.trim());
    setRenaming(null);
    onChanged();
  };
  return html`<article class="watchlist" data-id=${item.id}>
    ${
      renaming === null
        ? html`<h2>${item.name} <span class="badge">${unread} ${t('unread')}</span></h2>`
        : html`<form class="rename" onSubmit=${rename}>
            <label
              >${t('watchlistName')}<input
                value=${renaming}
                maxlength="120"
                onInput=${(e: Event) => setRenaming((e.target as HTMLInputElement).value)}
            /></label>
            <button type="submit">${t('save')}</button>
            <button type="button" onClick=${() => setRenaming(null)}>${t('cancel')}</button>
          </form>`
    }
    <p class="meta">
      <a href=${`/?${query}&show=events`}>${describeFilter(item.filter)}</a>${' · '}<a
        href=${`/watchlists/${item.id}/feed.atom`}
        >${t('feed')}</a
      >
    </p>
    <div class="actions">
      <button
        type="button"
        disabled=${unread === 0}
        onClick=${async () => {
          await watchlistApi.markRead(item.id);
          setVersion(version + 1);
        }}
      >
        ${t('markRead')}
      </button>
      <button type="button" onClick=${() => setRenaming(item.name)}>${t('rename')}</button>
      <button
        type="button"
        class="danger"
        onClick=${async () => {
          if (!confirm(t('confirmDelete'))) return;
          await watchlistApi.remove(item.id);
          onChanged();
        }}
      >
        ${t('delete')}
      </button>
    </div>
    ${
      events.state === 'ready'
        ? html`<ul>
            ${events.value.items.slice(0, 50).map((e) => html`<li class=${e.read ? 'read' : 'unread'}><strong>${e.event}</strong> ${e.date ?? ''} <a href=${`/articles/${e.articleId}#event=${e.eventId}`}>${e.title ?? e.articleId}</a></li>`)}
          </ul>`
        : null
    }
  </article>`;
}

/** Saved watchlists with their unread events; create, rename and delete them here. */
export function WatchlistsView() {
  const [version, setVersion] = useState(0);
  const result = useApi(() => watchlistApi.list(), [version]);
  const reload = () => setVersion((n) => n + 1);
  return html`<section aria-labelledby="watchlists-title">
    <h1 id="watchlists-title">${t('watchlists')}</h1>
    ${result.state === 'loading' ? html`<p aria-busy="true">${t('loading')}</p>` : null}
    ${result.state === 'error' ? html`<p role="alert" class="error">${t('error')}: ${result.message}</p>` : null}
    ${result.state === 'ready' && result.value.items.length === 0 ? html`<p class="empty">${t('noWatchlists')}</p>` : null}
    ${
      result.state === 'ready'
        ? result.value.items.map(
            (item) => html`<${WatchlistCard} key=${item.id} item=${item} onChanged=${reload} />`,
          )
        : null
    }
    <h2>${t('createWatchlist')}</h2>
    <${CreateWatchlist} onCreated=${reload} />
  </section>`;
}
