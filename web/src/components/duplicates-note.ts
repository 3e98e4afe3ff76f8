import { api, type ArticleHit } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { useApi } from '../use-api.js';

function HitLink({ hit }: { hit: ArticleHit }) {
  return html`<a href=${`/articles/${hit.id}`}>${hit.title ?? hit.id}</a>
    <span class="meta"> (${hit.published ?? t('undatedPage')})</span>`;
}

/**
 * Near-duplicates of an article: on a copy, the original its events are counted in (the dated
 * one, else the earliest published); on an original, the copies that repeat it.
 */
export function DuplicatesNote({ id }: { id: string }) {
  const group = useApi(() => api.copies(id), [id]);
  if (group.state !== 'ready' || !group.value.original) return null;
  const { original, copies } = group.value;
  if (original.id !== id)
    return html`<p class="duplicate-note" data-original=${original.id}>
      ${t('copyOf')} <${HitLink} hit=${original} />. ${t('copyCounted')}
    </p>`;
  if (copies.length === 0) return null;
  return html`<section class="duplicate-copies" aria-labelledby="copies-title">
    <h2 id="copies-title">${t('otherCopies')} (${copies.length})</h2>
    <p class="meta">${t('originalRule')}</p>
    <ul>
      ${copies.map((copy) => html`<li data-id=${copy.id}><${HitLink} hit=${copy} /></li>`)}
    </ul>
  </section>`;
}
