import { useState } from 'preact/hooks';
import { api, ApiError, fieldMessages } from '../api.js';
import { FieldMessage, invalidAttributes } from '../components/filter-form.js';
import { html } from '../html.js';
import { t, type MessageKey } from '../i18n.js';

type IngestState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'error'; message: string | null; fields: Record<string, string> }
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
    const fields: Record<string, string> = {};
    if (!content.trim() && !url.trim()) fields['content'] = t('needContent');
    else if (!content.trim() && !/^https?:\/\/\S+$/i.test(url.trim())) fields['url'] = t('badUrl');
    if (content.trim() && name.trim() && !SOURCE_NAME.test(name.trim())) fields['name'] = t('badName');
    if (Object.keys(fields).length > 0) {
      setStatus({ state: 'error', message: null, fields });
      return;
    }
    setStatus({ state: 'busy' });
    try {
      const body = content.trim()
        ? { content, ...(name.trim() ? { name: name.trim() } : {}), ...(published ? { published } : {}) }
        : { url: url.trim() };
      setStatus({ state: 'done', result: await api.ingest(body) });
    } catch (error) {
      // The server's refusals go next to their fields; anything else above the form's end.
      const refused = error instanceof ApiError ? fieldMessages(error.fields) : {};
      const message = Object.keys(refused).length > 0 ? null : (error as Error).message;
      setStatus({ state: 'error', message, fields: refused });
    }
  };
  const problems = status.state === 'error' ? status.fields : {};
  const field = (key: string) => invalidAttributes(key, problems[key]);
  const message = (key: string) => html`<${FieldMessage} field=${key} message=${problems[key]} />`;
  return html`<section aria-labelledby="ingest-title">
    <h1 id="ingest-title">${t('ingest')}</h1>
    <form class="ingest" novalidate onSubmit=${submit}>
      <label
        >${t('pageName')}<input
          name="name"
          value=${name}
          onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)}
          ...${field('name')}
        />${message('name')}</label
      >
      <p class="meta">${t('pageNameHelp')}</p>
      <label
        >${t('publishedDate')}<input
          type="date"
          name="published"
          value=${published}
          onInput=${(e: Event) => setPublished((e.target as HTMLInputElement).value)}
          ...${field('published')}
        />${message('published')}</label
      >
      <label
        >${t('pageContent')}<textarea
          name="content"
          rows="14"
          value=${content}
          onInput=${(e: Event) => setContent((e.target as HTMLTextAreaElement).value)}
          ...${field('content')}
        ></textarea
        >${message('content')}
      </label>
      <label
        >${t('orUrl')}<input
          type="url"
          name="url"
          value=${url}
          onInput=${(e: Event) => setUrl((e.target as HTMLInputElement).value)}
          ...${field('url')}
        />${message('url')}</label
      >
      <button type="submit" disabled=${status.state === 'busy'}>${t('ingestSubmit')}</button>
    </form>
    ${status.state === 'busy' ? html`<p aria-busy="true">${t('loading')}</p>` : null}
    ${status.state === 'error' && status.message ? html`<p role="alert" class="error">${t('error')}: ${status.message}</p>` : null}
    ${
      status.state === 'done'
        ? html`<div role="status" class="ingest-result">
            ${
              status.result.articles.length > 0 || status.result.errors.length === 0
                ? html`<p>
                    ${status.result.stored ? t('stored') : t('alreadyStored')} · ${status.result.events}
                    ${t('events').toLowerCase()}
                  </p>`
                : null
            }
            <ul>
              ${status.result.articles.map((a) => html`<li><a href=${`/articles/${a.id}`}>${a.title ?? a.id}</a> (${a.kind})</li>`)}
            </ul>
            ${status.result.errors.map((e) => html`<${IngestFailure} code=${e.code} message=${e.message} />`)}
          </div>`
        : null
    }
  </section>`;
}

/** What to do about each error code of a fetched or posted page, in the interface's language. */
const ADVICE: Record<string, MessageKey> = {
  FETCH: 'adviceFetch',
  TIMEOUT: 'adviceTimeout',
  HTTP: 'adviceHttp',
  ROBOTS: 'adviceRobots',
  BLOCKED: 'adviceBlocked',
  TOO_LARGE: 'adviceTooLarge',
  EMPTY: 'adviceEmpty',
  ENCODING: 'adviceEncoding',
  UNSUPPORTED: 'adviceUnsupported',
  PARSE: 'adviceParse',
};

/** One failed page: what happened (the server's words) and what to do. */
function IngestFailure({ code, message }: { code: string; message: string }) {
  const unreachable = code === 'FETCH' || code === 'TIMEOUT';
  const advice = ADVICE[code];
  return html`<div class="error ingest-failure" data-code=${code}>
    <p><strong>${unreachable ? t('unreachable') : t('notStored')}</strong> — ${message}</p>
    ${advice ? html`<p class="advice">${t(advice)}</p>` : null}
  </div>`;
}
