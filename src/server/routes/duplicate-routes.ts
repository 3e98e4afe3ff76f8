import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../app.js';
import { problem, sendProblem } from '../problem.js';

/**
 * `GET /articles/:id/copies`: the near-duplicate group of an article, its original (the dated
 * page, else the earliest published, else the first stored) and the copies that repeat it.
 */
export function registerDuplicateRoutes(api: FastifyInstance, options: ServerOptions): void {
  api.get<{ Params: { id: string } }>(
    '/articles/:id/copies',
    {
      schema: {
        tags: ['articles'],
        summary:
          'The original of an article and its near-duplicate copies (a dated page wins over an undated reprint, an earlier publication over a later one)',
        params: {
          type: 'object',
          required: ['id'],
          properties: {
            id: {
              type: 'string',
              pattern: '^a_[0-9a-f]{16}$',
              description: 'an article id such as a_1d2971d81d4d4680',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const group = await options.store.duplicateGroup(request.params.id);
      if (!group)
        return sendProblem(reply, problem(404, 'not-found', `no article ${request.params.id}`, request.url));
      return group;
    },
  );
}
