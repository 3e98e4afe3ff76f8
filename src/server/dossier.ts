import type { ArticleStore, CommitmentRow, EventRow } from '../store/article-store.js';
import type { EventRecord } from '../records/article.js';

/** A person seen acting in a dyad's events, with the roles the articles give them. */
export interface DossierPerson {
  name: string;
  country: string | null;
  roles: string[];
  events: number;
}

export interface DossierEvent {
  articleId: string;
  title: string | null;
  date: string | null;
  event: EventRecord['event'];
  quad: EventRecord['quad'];
  mode: string[];
  actor: string[];
  recipient: string[];
  evidence: string;
}

/** Everything the country-pair page shows, computed from stored events and commitments. */
export interface Dossier {
  countries: [string, string];
  totals: { events: number; cooperation: number; conflict: number; balance: number };
  byType: Array<{ key: string; count: number }>;
  byMonth: Array<{ month: string; quad1: number; quad2: number; quad3: number; quad4: number }>;
  latest: DossierEvent[];
  persons: DossierPerson[];
  commitments: CommitmentRow[];
  stories: Array<{ id: string; articles: number; events: number; title: string | null }>;
}

/** The event's day or month (`YYYY-MM-DD`/`YYYY-MM`), falling back to the article's publication date. */
function eventDate(row: EventRow): string | null {
  const value = row.event.date?.value;
  if (value && /^\d{4}-\d{2}/.test(value)) return value.slice(0, 10);
  return row.published;
}

/** Build the dossier of two countries (either direction) from the store. */
export async function buildDossier(
  store: ArticleStore,
  a: string,
  b: string,
  latestCount = 20,
): Promise<Dossier> {
  const rows: EventRow[] = [];
  for await (const row of store.eventRows({ countries: [a, b] })) {
    if (row.counted && !row.event.negated && !row.event.hypothetical) rows.push(row);
  }
  const byType = new Map<string, number>();
  const byMonth = new Map<string, [number, number, number, number]>();
  let cooperation = 0;
  let conflict = 0;
  for (const row of rows) {
    byType.set(row.event.event, (byType.get(row.event.event) ?? 0) + 1);
    if (row.event.quad <= 2) cooperation++;
    else conflict++;
    const month = eventDate(row)?.slice(0, 7);
    if (month) {
      const counts = byMonth.get(month) ?? [0, 0, 0, 0];
      counts[row.event.quad - 1]! += 1;
      byMonth.set(month, counts);
    }
  }
  const sorted = [...rows].sort(
    (x, y) =>
      (eventDate(y) ?? '').localeCompare(eventDate(x) ?? '') || x.articleId.localeCompare(y.articleId),
  );
  const latest = sorted.slice(0, latestCount).map((row) => ({
    articleId: row.articleId,
    title: row.title,
    date: eventDate(row),
    event: row.event.event,
    quad: row.event.quad,
    mode: row.event.mode,
    actor: row.event.actor.map((x) => x.code),
    recipient: row.event.recipient.map((x) => x.code),
    evidence: row.evidenceText,
  }));

  const persons = new Map<string, DossierPerson>();
  for (const row of sorted) {
    for (const side of [...row.event.actor, ...row.event.recipient]) {
      const entity = row.record.entities.find((e) => e.id === side.entity && e.type === 'person');
      if (!entity) continue;
      const person = persons.get(entity.name) ?? {
        name: entity.name,
        country: entity.country,
        roles: [],
        events: 0,
      };
      person.events++;
      for (const role of entity.roles) if (!person.roles.includes(role.title)) person.roles.push(role.title);
      persons.set(entity.name, person);
    }
  }

  const pair = new Set([a, b]);
  const commitments = (await store.commitments()).filter(
    (c) => c.by !== null && pair.has(c.by) && (c.to === null || pair.has(c.to)),
  );

  const stories = new Map<
    string,
    { id: string; articles: Set<string>; events: number; title: string | null }
  >();
  for (const row of rows) {
    if (!row.story) continue;
    const story = stories.get(row.story) ?? {
      id: row.story,
      articles: new Set<string>(),
      events: 0,
      title: row.title,
    };
    story.articles.add(row.articleId);
    story.events++;
    stories.set(row.story, story);
  }

  return {
    countries: [a, b],
    totals: {
      events: rows.length,
      cooperation,
      conflict,
      balance: rows.length ? (cooperation - conflict) / rows.length : 0,
    },
    byType: [...byType.entries()]
      .map(([key, count]) => ({ key, count }))
      .sort((x, y) => y.count - x.count || x.key.localeCompare(y.key)),
    byMonth: [...byMonth.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([month, q]) => ({ month, quad1: q[0], quad2: q[1], quad3: q[2], quad4: q[3] })),
    latest,
    persons: [...persons.values()].sort((x, y) => y.events - x.events || x.name.localeCompare(y.name)),
    commitments,
    stories: [...stories.values()]
      .map((s) => ({ id: s.id, articles: s.articles.size, events: s.events, title: s.title }))
      .sort((x, y) => y.events - x.events || x.id.localeCompare(y.id)),
  };
}

/**
 * Dossiers are aggregates over every event of a pair: recomputing one per request does not
 * survive concurrent load, so each is kept for a short time and dropped when this server ingests.
 * Another process writing the same file is seen after at most `ttlMs`.
 */
export class DossierCache {
  private readonly entries = new Map<string, { at: number; dossier: Promise<Dossier> }>();

  constructor(
    private readonly store: ArticleStore,
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(a: string, b: string): Promise<Dossier> {
    const key = `${a}-${b}`;
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.dossier;
    const dossier = buildDossier(this.store, a, b);
    this.entries.set(key, { at: this.now(), dossier });
    dossier.catch(() => this.entries.delete(key));
    return dossier;
  }

  clear(): void {
    this.entries.clear();
  }
}
