import { html } from '../html.js';
import { t, type MessageKey } from '../i18n.js';

/** The page for an unknown address or a missing article: says so and leads back to search. */
export function NotFoundView({ message = 'notFoundText' }: { message?: MessageKey }) {
  return html`<section class="not-found" aria-labelledby="not-found-title">
    <h1 id="not-found-title">${t('notFoundTitle')}</h1>
    <p>${t(message)}</p>
    <p><a href="/">${t('backToSearch')}</a></p>
  </section>`;
}
