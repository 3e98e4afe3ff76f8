import type { ArticleRecord } from '../../src/records/article.js';
import type {
  ArticleHit,
  CommitmentRow,
  DuplicateGroup,
  EntitySummary,
  RoleSpell,
} from '../../src/store/article-store.js';
import type { Dossier } from '../../src/server/dossier.js';
import type { EventSummary } from '../../src/export/event-summary.js';

export type { EventSummary } from '../../src/export/event-summary.js';

export type { ArticleHit, CommitmentRow, EntitySummary, RoleSpell } from '../../src/store/article-store.js';
export type { Dossier, DossierEvent } from '../../src/server/dossier.js';

/** A field the server refused: its name (as in the API and the CLI), the message, what it accepts. */
export interface FieldProblem {
  field: string;
  detail: string;
  accepted?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The refused fields of a 400 validation problem, to show next to each field. */
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** Refused fields by name (the first message of each). */
export function fieldMessages(fields: FieldProblem[] | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const problem of fields ?? []) messages[problem.field] ??= problem.detail;
  return messages;
}

/** The API token the server put in the page (absent with `--no-auth` or `--read-only`). */
function apiToken(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="entente-api-token"]')?.content ?? null;
}

/** `accepted`: error statuses whose body is the answer (ingest's 422 lists the failed pages). */
async function request<T>(path: string, init?: RequestInit, accepted: number[] = []): Promise<T> {
  const token = apiToken();
  const writes = init?.method !== undefined && init.method !== 'GET';
  const headers = new Headers(init?.headers);
  if (writes && token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(`/api${path}`, { ...init, headers });
  const body = (await response.json().catch(() => null)) as
    | (T & {
        detail?: string;
        title?: string;
        errors?: Array<{
          code?: string;
          message?: string;
          field?: string;
          detail?: string;
          accepted?: string;
        }>;
      })
    | null;
  if (!response.ok && !accepted.includes(response.status)) {
    const fields = (body?.errors ?? []).flatMap((e) =>
      e.field && e.detail
        ? [{ field: e.field, detail: e.detail, ...(e.accepted ? { accepted: e.accepted } : {}) }]
        : [],
    );
    const failures = body?.errors
      ?.filter((e) => e.code)
      .map((e) => `${e.code}: ${e.message}`)
      .join('; ');
    throw new ApiError(
      response.status,
      body?.detail ?? (failures || body?.title) ?? response.statusText,
      fields,
    );
  }
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
  events: (params: Record<string, string>) =>
    request<{ items: EventSummary[]; next: number | null }>(`/events${queryString(params)}`),
  article: (id: string) => request<ArticleRecord>(`/articles/${encodeURIComponent(id)}`),
  copies: (id: string) => request<DuplicateGroup>(`/articles/${encodeURIComponent(id)}/copies`),
  teasers: (id: string) => request<{ items: ArticleHit[] }>(`/articles/${encodeURIComponent(id)}/teasers`),
  dossier: (a: string, b: string) =>
    request<Dossier>(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
  entities: (name: string) => request<{ items: EntitySummary[] }>(`/entities${queryString({ name })}`),
  entity: (id: string) =>
    request<EntitySummary & { roles: RoleSpell[] }>(`/entities/${encodeURIComponent(id)}`),
  commitments: () => request<{ items: CommitmentRow[] }>('/commitments'),
  ingest: (body: { content?: string; url?: string; name?: string; published?: string }) =>
    request<{
      stored: boolean;
      articles: Array<{ id: string; kind: string; title: string | null }>;
      events: number;
      errors: Array<{ code: string; message: string }>;
    }>(
      '/ingest',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      [422],
    ),
};

export interface WatchlistItem {
  id: number;
  name: string;
  filter: Record<string, string>;
  unread: number;
  webhookUrl: string | null;
}

export interface WatchlistEvent {
  articleId: string;
  eventId: string;
  title: string | null;
  event: string;
  date: string | null;
  evidence: string;
  read: boolean;
}

const jsonPost = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const watchlistApi = {
  list: () => request<{ items: WatchlistItem[] }>('/watchlists'),
  create: (body: { name: string; filter: Record<string, string> }) =>
    request<WatchlistItem>('/watchlists', jsonPost(body)),
  events: (id: number) => request<{ items: WatchlistEvent[] }>(`/watchlists/${id}/events`),
  markRead: (id: number) => request<{ read: number }>(`/watchlists/${id}/read`, jsonPost({})),
  rename: (id: number, name: string) =>
    request<{ id: number; name: string }>(`/watchlists/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    }),
  remove: (id: number) => request<{ deleted: boolean }>(`/watchlists/${id}`, { method: 'DELETE' }),
};
