import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, sendProblem } from '../problem.js';
import { tokenMatches } from './api-token.js';

export interface RequestGuardOptions {
  /** Token write requests carry as `Authorization: Bearer <token>`; null lets them through (loopback development). */
  apiToken: string | null;
  /** Host names (no port) requests may be addressed to: loopback names and the public base URL's. */
  allowedHostnames: ReadonlySet<string>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

function hostnameOf(host: string): string {
  return host.replace(/:\d+$/, '').toLowerCase();
}

/** Why a write request comes from another site, or null when it is same-origin or not from a browser. */
function crossOriginRefusal(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const expected = `${request.protocol}://${request.headers.host ?? ''}`.toLowerCase();
    if (origin.toLowerCase() !== expected) return `cross-origin write from ${origin} refused`;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `cross-site write (Sec-Fetch-Site: ${String(site)}) refused`;
  return null;
}

/**
 * Every request must name an allowed host (no DNS rebinding); every write must be same-origin
 * (Origin and Sec-Fetch-Site checked when a browser sends them) and carry the API token.
 */
export function registerRequestGuard(app: FastifyInstance, options: RequestGuardOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host ?? '';
    if (!options.allowedHostnames.has(hostnameOf(host)))
      return sendProblem(
        reply,
        problem(
          403,
          'host-not-allowed',
          `requests for host ${JSON.stringify(host)} are refused`,
          request.url,
        ),
      );
    if (SAFE_METHODS.has(request.method)) return;
    const crossOrigin = crossOriginRefusal(request);
    if (crossOrigin) return sendProblem(reply, problem(403, 'cross-origin', crossOrigin, request.url));
    if (options.apiToken === null) return;
    const presented = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!presented || !tokenMatches(presented, options.apiToken)) {
      reply.header('www-authenticate', 'Bearer realm="entente"');
      return sendProblem(
        reply,
        problem(
          401,
          'unauthorized',
          'write requests need the API token as `Authorization: Bearer <token>` (printed by `entente serve`, stored beside the database)',
          request.url,
        ),
      );
    }
  });
}
