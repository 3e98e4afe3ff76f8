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

/** The web UI's own pages (`web/src/main.ts` routes them); any other path is a 404. */
const APP_PAGES = [
  /^\/$/,
  /^\/articles\/a_[0-9a-f]{16}$/,
  /^\/dyads(\/[A-Z]{3}\/[A-Z]{3})?$/,
  /^\/(persons|commitments|ingest|watchlists)$/,
];

/**
 * Serve the built web UI; the app's pages get the single-page app's index, other paths the
 * same index with status 404 (the app shows its not-found page).
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
    // The page carries the token: never cached, never stored by a proxy. Other paths than the
    // app's pages get it with status 404, and the app shows its not-found page.
    const status = APP_PAGES.some((page) => page.test(path)) ? 200 : 404;
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(index);
  });
  return true;
}
