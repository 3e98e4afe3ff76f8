import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { problem, sendProblem } from '../problem.js';

/**
 * Serve the built web UI; unknown non-API paths get the single-page app's index.
 * Returns false (and serves nothing) when the UI is not built.
 */
export async function registerWebRoutes(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    app.log.warn(`web UI not built at ${webRoot}; serving the API only`);
    return false;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: ['index.html'],
    wildcard: false,
    dotfiles: 'deny',
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (
      request.method !== 'GET' ||
      path.startsWith('/api/') ||
      path.includes('..') ||
      /\.[a-z0-9]+$/i.test(path)
    ) {
      return sendProblem(reply, problem(404, 'not-found', `no route for ${request.method} ${path}`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return true;
}
