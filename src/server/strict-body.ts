import type { FastifyInstance } from 'fastify';
import { sendProblem, validationProblem } from './problem.js';

interface PropertySchema {
  type?: string;
}

/**
 * Refuse a JSON body whose top-level field has another type than its schema says, before
 * validation: query strings need type coercion (`?limit=5`), bodies must not get it (a number
 * `content` would be stored as text).
 */
export function registerStrictBodyTypes(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const schema = request.routeOptions.schema?.body as
      { properties?: Record<string, PropertySchema> } | undefined;
    const body = request.body;
    if (!schema?.properties || typeof body !== 'object' || body === null || Array.isArray(body)) return;
    for (const [field, value] of Object.entries(body)) {
      const expected = schema.properties[field]?.type;
      const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      const matches =
        expected === undefined ||
        expected === actual ||
        (expected === 'integer' && Number.isInteger(value)) ||
        (expected === 'number' && actual === 'number');
      if (!matches)
        return sendProblem(
          reply,
          validationProblem(
            [
              {
                field,
                detail: `${field} must be ${expected === 'string' ? 'text' : expected}, not ${actual}`,
              },
            ],
            request.url,
          ),
        );
    }
  });
}
