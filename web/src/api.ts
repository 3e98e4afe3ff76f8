import type { ArticleRecord } from '../../src/records/article.js';

/** A search hit as returned by `GET /api/articles`. */
export interface ArticleHit {
  id: string;
  kind: string;
  title: string | null;
  published: string | null;
  language: string | null;
  uri: string;
  duplicateOf: string | null;
  story: string | null;
  events: number;
}

export interface CommitmentRow {
  articleId: string;
  eventId: string;
  kind: string;
  by: string | null;
  to: string | null;
  what: string | null;
  dueValue: string | null;
  dueDay: string | null;
  status: string;
  statusRule: string | null;
}

export interface DossierEvent {
  articleId: string;
  title: string | null;
  date: string | null;
  event: string;
  quad: number;
  mode: string[];
  actor: string[];
  recipient: string[];
  evidence: string;
}

export interface Dossier {
  countries: [string, string];
  totals: { events: number; cooperation: number; conflict: number; balance: number };
  byType: Array<{ key: string; count: number }>;
  byMonth: Array<{ month: string; quad1: number; quad2: number; quad3: number; quad4: number }>;
  latest: DossierEvent[];
  persons: Array<{ name: string; country: string | null; roles: string[]; events: number }>;
  commitments: CommitmentRow[];
  stories: Array<{ id: string; articles: number; events: number; title: string | null }>;
}

export interface EntitySummary {
  id: number;
  type: string;
  name: string;
  country: string | null;
  aliases: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
}

export interface RoleSpell {
  title: string;
  country: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`/api${path}`, init);
  const body = (await response.json().catch(() => null)) as (T & { detail?: string; title?: string }) | null;
  if (!response.ok) throw new ApiError(response.status, body?.detail ?? body?.title ?? response.statusText);
  return body as T;
}

/** Query string from defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  search: (params: Record<string, string>) =>
    request<{ items: ArticleHit[]; next: number | null }>(`/articles${queryString(params)}`),
  article: (id: string) => request<ArticleRecord>(`/articles/${encodeURIComponent(id)}`),
  teasers: (id: string) => request<{ items: ArticleHit[] }>(`/articles/${encodeURIComponent(id)}/teasers`),
  dossier: (a: string, b: string) =>
    request<Dossier>(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
  entities: (name: string) => request<{ items: EntitySummary[] }>(`/entities${queryString({ name })}`),
  entity: (id: string) =>
    request<EntitySummary & { roles: RoleSpell[] }>(`/entities/${encodeURIComponent(id)}`),
  commitments: () => request<{ items: CommitmentRow[] }>('/commitments'),
  ingest: (body: { content?: string; url?: string; name?: string }) =>
    request<{
      stored: boolean;
      articles: Array<{ id: string; kind: string; title: string | null }>;
      events: number;
      errors: Array<{ code: string; message: string }>;
    }>('/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
};
