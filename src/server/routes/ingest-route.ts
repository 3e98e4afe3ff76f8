import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../app.js';
import { problem, sendProblem } from '../problem.js';

/** One page posted to the API: its content, or a URL to fetch. */
export interface IngestRequest {
  content?: string;
  url?: string;
  /** Name shown as the source of posted content. */
  name?: string;
  /** Publication day of posted content, used when the page itself gives none. */
  published?: string;
}

export interface IngestResponse {
  stored: boolean;
  articles: Array<{ id: string; kind: string; title: string | null }>;
  events: number;
  errors: Array<{ code: string; message: string }>;
}

export type IngestHandler = (request: IngestRequest) => Promise<IngestResponse>;

const MAX_CONTENT_CHARS = 1_000_000;

/** `POST /ingest`: validated, size-limited; refused in read-only mode. */
export function registerIngestRoute(api: FastifyInstance, options: ServerOptions): void {
  api.post<{ Body: IngestRequest }>(
    '/ingest',
    {
      schema: {
        tags: ['ingest'],
        summary: 'Ingest one page (text dump or HTML) or one URL',
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            content: {
              type: 'string',
              minLength: 1,
              maxLength: MAX_CONTENT_CHARS,
              description: `the page, plain text or HTML (at most ${MAX_CONTENT_CHARS} characters)`,
            },
            url: {
              type: 'string',
              format: 'uri',
              pattern: '^https?://',
              maxLength: 2048,
              description: 'a full http:// or https:// address, such as https://example.org/news/1.html',
            },
            name: {
              type: 'string',
              pattern: '^[\\p{L}\\p{N} .,()_/–—-]{1,120}$',
              description: 'letters, digits, spaces and . , ( ) _ / – - (at most 120)',
            },
            published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' },
          },
          oneOf: [{ required: ['content'] }, { required: ['url'] }],
        },
      },
    },
    async (request, reply) => {
      if (options.readOnly)
        return sendProblem(reply, problem(403, 'read-only', 'this server is read-only', request.url));
      if (!options.ingest)
        return sendProblem(
          reply,
          problem(503, 'ingest-unavailable', 'ingest is not configured on this server', request.url),
        );
      const result = await options.ingest(request.body);
      return reply
        .code(result.errors.length > 0 && result.articles.length === 0 ? 422 : result.stored ? 201 : 200)
        .send(result);
    },
  );
}
