import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';

type IngestState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'error'; message: string }
  | { state: 'done'; result: Awaited<ReturnType<typeof api.ingest>> };

/** What the API accepts as a source name (letters, digits, spaces, . , ( ) _ / – -). */
const SOURCE_NAME = /^[\p{L}\p{N} .,()_/–—-]{1,120}$/u;

/** Paste a page (text dump or HTML) or give a URL, and store it. */
export function IngestView() {
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [published, setPublished] = useState('');
  const [status, setStatus] = useState<IngestState>({ state: 'idle' });
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem =
      !content.trim() && !url.trim()
        ? t('needContent')
        : name.trim() && !SOURCE_NAME.test(name.trim())
          ? t('badName')
          : !content.trim() && !/^https?:\/\/\S+$/i.test(url.trim())
            ? t('badUrl')
            : null;
    if (problem) {
      setStatus({ state: 'error', message: problem });
      return;
    }
    setStatus({ state: 'busy' });
    try {
      const body = content.trim()
        ? { content, ...(name.trim() ? { name: name.trim() } : {}), ...(published ? { published } : {}) }
        : { url: url.trim() };
      setStatus({ state: 'done', result: await api.ingest(body) });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
    }
  };
  return html`<section aria-labelledby="ingest-title">
    <h1 id="ingest-title">${t('ingest')}</h1>
    <form class="ingest" novalidate onSubmit=${submit}>
      <label
        >${t('pageName')}<input
          name="name"
          value=${name}
          onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)}
      /></label>
      <p class="meta">${t('pageNameHelp')}</p>
      <label
        >${t('publishedDate')}<input
          type="date"
          name="published"
          value=${published}
          onInput=${(e: Event) => setPublished((e.target as HTMLInputElement).value)}
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
            ${status.result.errors.map((e) => html`<p class="error">${e.code === 'FETCH' ? `${t('unreachable')} — ` : ''}${e.code}: ${e.message}</p>`)}
          </div>`
        : null
    }
  </section>`;
}
