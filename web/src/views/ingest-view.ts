import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';

type IngestState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'error'; message: string }
  | { state: 'done'; result: Awaited<ReturnType<typeof api.ingest>> };

/** Paste a page (text dump or HTML) or give a URL, and store it. */
export function IngestView() {
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<IngestState>({ state: 'idle' });
  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus({ state: 'busy' });
    try {
      const body = content.trim()
        ? { content, ...(name.trim() ? { name: name.trim() } : {}) }
        : { url: url.trim() };
      setStatus({ state: 'done', result: await api.ingest(body) });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
    }
  };
  return html`<section aria-labelledby="ingest-title">
    <h1 id="ingest-title">${t('ingest')}</h1>
    <form class="ingest" onSubmit=${submit}>
      <label
        >${t('pageName')}<input
          name="name"
          value=${name}
          onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)}
      /></label>
      <label
        >${t('pageContent')}<textarea
          name="content"
          rows="14"
          value=${content}
          onInput=${(e: Event) => setContent((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <label
        >${t('orUrl')}<input
          type="url"
          name="url"
          value=${url}
          onInput=${(e: Event) => setUrl((e.target as HTMLInputElement).value)}
      /></label>
      <button type="submit" disabled=${status.state === 'busy'}>${t('ingestSubmit')}</button>
    </form>
    ${status.state === 'busy' ? html`<p aria-busy="true">${t('loading')}</p>` : null}
    ${status.state === 'error' ? html`<p role="alert" class="error">${t('error')}: ${status.message}</p>` : null}
    ${
      status.state === 'done'
        ? html`<div role="status" class="ingest-result">
            <p>
              ${status.result.stored ? t('stored') : t('alreadyStored')} · ${status.result.events}
              ${t('events').toLowerCase()}
            </p>
            <ul>
              ${status.result.articles.map((a) => html`<li><a href=${`/articles/${a.id}`}>${a.title ?? a.id}</a> (${a.kind})</li>`)}
            </ul>
            ${status.result.errors.map((e) => html`<p class="error">${e.code}: ${e.message}</p>`)}
          </div>`
        : null
    }
  </section>`;
}
