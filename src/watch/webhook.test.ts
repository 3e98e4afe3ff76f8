import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverWebhook, signBody } from './webhook.js';

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

describe('deliverWebhook', () => {
  const servers: Array<{ close: () => void }> = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it('signs the exact body with HMAC-SHA256', async () => {
    const { server, url, received } = await receiver([200]);
    servers.push(server);
    const result = await deliverWebhook(
      { url, secret: 's3cret' },
      { event: 'CONSULT' },
      { attempts: 3, backoffMs: 1, timeoutMs: 2000 },
    );
    expect(result).toMatchObject({ delivered: true, attempts: 1, status: 200 });
    expect(received[0]!.body).toBe('{"event":"CONSULT"}');
    expect(received[0]!.signature).toBe(signBody('s3cret', '{"event":"CONSULT"}'));
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const { server, url, received } = await receiver([503, 500, 200]);
    servers.push(server);
    const delays: number[] = [];
    const result = await deliverWebhook(
      { url, secret: null },
      { n: 1 },
      { attempts: 4, backoffMs: 10, timeoutMs: 2000, sleep: async (ms) => void delays.push(ms) },
    );
    expect(result).toMatchObject({ delivered: true, attempts: 3 });
    expect(delays).toEqual([10, 20]);
    expect(received).toHaveLength(3);
    expect(received[0]!.signature).toBeUndefined();
  });

  it('gives up on a 4xx without retrying, and after the last attempt on errors', async () => {
    const { server, url } = await receiver([404]);
    servers.push(server);
    expect(
      await deliverWebhook({ url, secret: null }, {}, { attempts: 3, backoffMs: 1, timeoutMs: 2000 }),
    ).toMatchObject({ delivered: false, attempts: 1, status: 404 });
    const closed = await deliverWebhook(
      { url: 'http://127.0.0.1:1/none', secret: null },
      {},
      { attempts: 2, backoffMs: 1, timeoutMs: 500 },
    );
    expect(closed).toMatchObject({ delivered: false, attempts: 2, status: null });
  });
});
