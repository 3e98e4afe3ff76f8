import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { problem, sendProblem } from '../problem.js';

/** The UI's page with the API token in a meta tag, so the UI (and only same-origin script) can write. */
function indexWithToken(webRoot: string, apiToken: string | null): string {
  const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
  if (apiToken === null) return index;
  const meta = `<meta name="entente-api-token" content="${apiToken.replace(/[^\w-]/g, '')}" />`;
  return index.replace('</head>', `  ${meta}\n  </head>`);
}

/**
 * Serve the built web UI; `/` and unknown non-API paths get the single-page app's index.
 * Returns false (and serves nothing) when the UI is not built.
 */
export async function registerWebRoutes(
  app: FastifyInstance,
  webRoot: string,
  apiToken: string | null,
): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    app.log.warn(`web UI not built at ${webRoot}; serving the API only`);
    return false;
  }
  const index = indexWithToken(webRoot, apiToken);
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: false,
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
    // The page carries the token: never cached, never stored by a proxy.
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(index);
  });
  return true;
}
