import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedAgent } from './guarded-agent.js';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((_req, res) => res.end('inside'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('createGuardedAgent', () => {
  it('refuses on the connected socket even when no name was resolved (literal IP)', async () => {
    const agent = createGuardedAgent({ allowPrivate: false, timeoutMs: 2000 });
    await expect(request(`http://127.0.0.1:${port}/`, { dispatcher: agent })).rejects.toThrow(
      /connects to 127\.0\.0\.1, a private or local address/,
    );
    await agent.close();
  });

  it('connects where the policy allows', async () => {
    const agent = createGuardedAgent({ allowPrivate: false, allowAddresses: ['127.0.0.1'], timeoutMs: 2000 });
    const response = await request(`http://127.0.0.1:${port}/`, { dispatcher: agent });
    expect(await response.body.text()).toBe('inside');
    await agent.close();
  });
});
