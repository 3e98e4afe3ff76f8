import { api } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { useApi } from '../use-api.js';

/** Persons matching a name, each with the role timeline the store resolved across articles. */
export function PersonView({ name }: { name: string }) {
  const result = useApi(async () => {
    const found = await api.entities(name);
    return Promise.all(
      found.items
        .filter((e) => e.type === 'person')
        .slice(0, 5)
        .map((e) => api.entity(String(e.id))),
    );
  }, [name]);
  if (result.state === 'loading') return html`<p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return html`<p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  if (result.value.length === 0) return html`<p>${t('notFound')}: ${name}</p>`;
  return html`<section aria-labelledby="person-title">
    <h1 id="person-title">${t('persons')}: ${name}</h1>
    ${result.value.map(
      (person) =>
        html`<article class="person-card">
          <h2>
            ${person.name}
            <span class="meta"
              >${person.country ?? '?'} · ${person.articles} art. · ${person.firstSeen ?? '?'} →
              ${person.lastSeen ?? '?'}</span
            >
          </h2>
          <p class="meta">${person.aliases.join(' · ')}</p>
          <h3>${t('roleTimeline')}</h3>
          <ol class="role-timeline">
            ${person.roles.map(
              (role) =>
                html`<li>
                  <strong>${role.title}</strong> (${role.country ?? '?'}) · ${role.firstSeen ?? '?'} →
                  ${role.lastSeen ?? '?'}
                  ${role.articles.map((id) => html` <a href=${`/articles/${id}`}>↗</a>`)}
                </li>`,
            )}
          </ol>
        </article>`,
    )}
  </section>`;
}
