import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { schemaFieldProblems, type FieldProblem } from './validation-messages.js';

/** An RFC 9457 problem details body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Refused fields (validation problems): name, what is wrong, what is accepted. */
  errors?: FieldProblem[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Build a problem body; `type` is a stable slug under /problems/. */
export function problem(status: number, slug: string, detail?: string, instance?: string): Problem {
  const body: Problem = { type: `/problems/${slug}`, title: TITLES[status] ?? 'Error', status };
  if (detail !== undefined) body.detail = detail;
  if (instance !== undefined) body.instance = instance;
  return body;
}

/** A 400 validation problem for refused fields; `detail` joins their messages. */
export function validationProblem(errors: FieldProblem[], instance?: string): Problem {
  return { ...problem(400, 'validation', errors.map((e) => e.detail).join('; '), instance), errors };
}

/** Send a problem with the `application/problem+json` media type. */
export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** Fastify error handler: validation, size and parse errors become 4xx problems; the rest 500. */
export function problemErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  // Another writer held the database past the busy timeout and the retries: the client may retry.
  if (/^SQLITE_BUSY/.test(String((error as { code?: unknown }).code ?? ''))) {
    reply.header('retry-after', '5');
    return sendProblem(
      reply,
      problem(503, 'busy', 'the database is busy with another writer; retry in a few seconds', request.url),
    );
  }
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  if (error.validation && status === 400)
    return sendProblem(reply, validationProblem(schemaFieldProblems(error, request), request.url));
  const slug = error.validation
    ? 'validation'
    : status === 413
      ? 'too-large'
      : status === 429
        ? 'rate-limited'
        : status >= 500
          ? 'internal'
          : 'bad-request';
  const detail = status >= 500 ? 'the server could not complete the request' : error.message;
  return sendProblem(reply, problem(status, slug, detail, request.url));
}
