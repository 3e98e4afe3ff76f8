import { api, type EventSummary, type RoleSpell } from '../api.js';
import { EventCard } from '../components/event-card.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { useApi } from '../use-api.js';

/** A role title folded for comparison: case, accents and spacing do not make another office. */
function officeKey(spell: RoleSpell): string {
  const title = spell.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${title}|${spell.country ?? ''}`;
}

interface Office {
  titles: string[];
  country: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: string[];
}

/** Role spells merged by office (spelling variants of one title, same country), earliest first. */
export function mergeOffices(spells: RoleSpell[]): Office[] {
  const offices = new Map<string, Office>();
  for (const spell of spells) {
    const key = officeKey(spell);
    const office = offices.get(key);
    if (!office) {
      offices.set(key, { ...spell, titles: [spell.title], articles: [...spell.articles] });
      continue;
    }
    if (!office.titles.includes(spell.title)) office.titles.push(spell.title);
    const days = (a: string | null, b: string | null, pick: (x: string, y: string) => string) =>
      a && b ? pick(a, b) : (a ?? b);
    office.firstSeen = days(office.firstSeen, spell.firstSeen, (x, y) => (x < y ? x : y));
    office.lastSeen = days(office.lastSeen, spell.lastSeen, (x, y) => (x > y ? x : y));
    office.articles = [...new Set([...office.articles, ...spell.articles])];
  }
  return [...offices.values()].sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999'));
}

/** Country pairs of events with their counts, most frequent first. */
function dyadsOf(events: EventSummary[]): Array<{ pair: string[]; count: number }> {
  const counts = new Map<string, number>();
  for (const event of events) {
    const codes = [...new Set([...event.actor, ...event.recipient].map((a) => a.code))].filter(
      (c) => c !== 'IGO',
    );
    if (codes.length === 2) {
      const key = codes.sort().join('-');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([key, count]) => ({ pair: key.split('-'), count }))
    .sort((a, b) => b.count - a.count || a.pair.join().localeCompare(b.pair.join()));
}

/** Persons matching a name: offices over time, events and country pairs, the sources naming them. */
export function PersonView({ name }: { name: string }) {
  const result = useApi(async () => {
    const [found, events, sources] = await Promise.all([
      api.entities(name),
      api.events({ person: name, partial: 'true', limit: '100' }),
      api.search({ person: name, teasers: 'true', limit: '200' }),
    ]);
    const persons = await Promise.all(
      found.items
        .filter((e) => e.type === 'person')
        .slice(0, 5)
        .map((e) => api.entity(String(e.id))),
    );
    return { persons, events: events.items, sources: sources.items };
  }, [name]);
  if (result.state === 'loading') return html`<p aria-busy="true">${t('loading')}</p>`;
  if (result.state === 'error')
    return html`<p role="alert" class="error">${t('error')}: ${result.message}</p>`;
  const { persons, events, sources } = result.value;
  if (persons.length === 0) return html`<p>${t('notFound')}: ${name}</p>`;
  return html`<section aria-labelledby="person-title">
    <h1 id="person-title">${t('persons')}: ${name}</h1>
    ${persons.map(
      (person) =>
        html`<article class="person-card">
          <h2>
            ${person.name}
            <span class="meta"
              >${` ${person.country ?? '?'} · ${person.articles} art. · ${person.firstSeen ?? '?'} → ${person.lastSeen ?? '?'}`}</span
            >
          </h2>
          <p class="meta">${person.aliases.join(' · ')}</p>
          <h3>${t('roleTimeline')}</h3>
          <ol class="role-timeline">
            ${mergeOffices(person.roles).map(
              (office) =>
                html`<li>
                  <strong>${office.titles[0]}</strong>
                  ${` (${office.country ?? '?'}) · ${office.firstSeen ?? '?'} → ${office.lastSeen ?? '?'} · ${office.articles.length} art.`}
                  ${office.titles.length > 1 ? html`<div class="meta">${office.titles.slice(1).join(' · ')}</div>` : null}
                </li>`,
            )}
          </ol>
        </article>`,
    )}
    <div class="columns">
      <section class="main-col" aria-labelledby="person-events">
        <h2 id="person-events">${t('events')} (${events.length})</h2>
        <ol class="results events-results">
          ${events.map((hit) => html`<${EventCard} hit=${hit} />`)}
        </ol>
      </section>
      <aside class="side-col">
        <section aria-labelledby="person-dyads">
          <h2 id="person-dyads">${t('dyads')}</h2>
          <ul>
            ${dyadsOf(events).map(({ pair, count }) => html`<li><a href=${`/dyads/${pair[0]}/${pair[1]}`}>${pair.join('–')}</a> · ${count}</li>`)}
          </ul>
        </section>
        <section aria-labelledby="person-sources">
          <h2 id="person-sources">${t('sources')} (${sources.length})</h2>
          <ul class="sources">
            ${sources.map((hit) => html`<li><a href=${`/articles/${hit.id}`}>${hit.title ?? hit.id}</a> <span class="meta">${hit.published ?? ''}</span></li>`)}
          </ul>
        </section>
      </aside>
    </div>
  </section>`;
}
