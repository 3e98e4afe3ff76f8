import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createGuardedAgent } from '../ingest/fetch/guarded-agent.js';
import { deliverWebhook, signBody, webhookUrlRefusal } from './webhook.js';

interface Received {
  body: string;
  signature: string | undefined;
}

async function receiver(statuses: number[]) {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ body, signature: request.headers['x-entente-signature'] as string | undefined });
      response.statusCode = statuses[received.length - 1] ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { server, url, received };
}

// The receivers listen on 127.0.0.1: the one private address these deliveries may reach.
const agent = createGuardedAgent({ allowPrivate: false, allowAddresses: ['127.0.0.1'], timeoutMs: 2000 });
afterAll(() => agent.close());

describe('deliverWebhook', () => {
  const servers: Array<{ close: () => void }> = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it('signs the exact body with HMAC-SHA256', async () => {
    const { server, url, received } = await receiver([200]);
    servers.push(server);
    const result = await deliverWebhook({ url, secret: 's3cret' }, { event: 'CONSULT' }, agent, {
      attempts: 3,
      backoffMs: 1,
      timeoutMs: 2000,
    });
    expect(result).toMatchObject({ delivered: true, attempts: 1, status: 200 });
    expect(received[0]!.body).toBe('{"event":"CONSULT"}');
    expect(received[0]!.signature).toBe(signBody('s3cret', '{"event":"CONSULT"}'));
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const { server, url, received } = await receiver([503, 500, 200]);
    servers.push(server);
    const delays: number[] = [];
    const result = await deliverWebhook({ url, secret: null }, { n: 1 }, agent, {
      attempts: 4,
      backoffMs: 10,
      timeoutMs: 2000,
      sleep: async (ms: number) => void delays.push(ms),
    });
    expect(result).toMatchObject({ delivered: true, attempts: 3 });
    expect(delays).toEqual([10, 20]);
    expect(received).toHaveLength(3);
    expect(received[0]!.signature).toBeUndefined();
  });

  it('gives up on a 4xx without retrying, and after the last attempt on errors', async () => {
    const { server, url } = await receiver([404]);
    servers.push(server);
    const options = { attempts: 3, backoffMs: 1, timeoutMs: 2000 };
    expect(await deliverWebhook({ url, secret: null }, {}, agent, options)).toMatchObject({
      delivered: false,
      attempts: 1,
      status: 404,
    });
    const closed = await deliverWebhook({ url: 'http://127.0.0.1:1/none', secret: null }, {}, agent, {
      ...options,
      attempts: 2,
    });
    expect(closed).toMatchObject({ delivered: false, attempts: 2, status: null });
  });

  it('never reaches a private address, even through a name or a redirect', async () => {
    const { server, url, received } = await receiver([302]);
    servers.push(server);
    const publicOnly = createGuardedAgent({
      allowPrivate: false,
      timeoutMs: 2000,
      resolver: (_name, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
    });
    const options = { attempts: 1, backoffMs: 1, timeoutMs: 2000 };
    const direct = await deliverWebhook({ url, secret: null }, {}, publicOnly, options);
    expect(direct).toMatchObject({ delivered: false, status: null });
    expect(direct.error).toMatch(/private or local/);
    const port = new URL(url).port;
    const named = await deliverWebhook(
      { url: `http://hooks.example.test:${port}/`, secret: null },
      {},
      publicOnly,
      options,
    );
    expect(named.error).toMatch(/private or local/);
    expect(received).toHaveLength(0);
    // A 302 is not followed: the receiver answered, nothing else is reached.
    expect(await deliverWebhook({ url, secret: null }, {}, agent, options)).toMatchObject({
      delivered: false,
      status: 302,
    });
    await publicOnly.close();
  });
});

describe('webhookUrlRefusal', () => {
  it('refuses private and local literals, other schemes and credentials at registration', () => {
    const policy = { allowPrivate: false };
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/hook',
      'http://192.168.1.1/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://2130706433/hook',
      'ftp://example.org/hook',
      'http://user:pass@example.org/hook',
      'not a url',
    ]) {
      expect(webhookUrlRefusal(url, policy), url).not.toBeNull();
    }
    expect(webhookUrlRefusal('https://hooks.example.org/entente', policy)).toBeNull();
    expect(webhookUrlRefusal('http://127.0.0.1:9/hook', { allowPrivate: true })).toBeNull();
  });
});
