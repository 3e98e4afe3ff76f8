import { createHmac } from 'node:crypto';

export interface WebhookTarget {
  url: string;
  secret: string | null;
}

export interface WebhookOptions {
  attempts: number;
  /** First retry delay; doubles each time. */
  backoffMs: number;
  timeoutMs: number;
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = { attempts: 4, backoffMs: 500, timeoutMs: 5000 };

export interface WebhookResult {
  delivered: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

/** `sha256=<hex>` HMAC of the exact body, sent as `X-Entente-Signature`. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** POST a JSON payload, retrying with exponential backoff on network errors and 5xx/429. */
export async function deliverWebhook(
  target: WebhookTarget,
  payload: unknown,
  options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
): Promise<WebhookResult> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'entente-webhook',
  };
  if (target.secret) headers['x-entente-signature'] = signBody(target.secret, body);
  const doFetch = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let status: number | null = null;
  let error: string | null = null;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const response = await doFetch(target.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { delivered: true, attempts: attempt, status, error: null };
      error = `HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 429)
        return { delivered: false, attempts: attempt, status, error };
    } catch (cause) {
      error = (cause as Error).message;
    }
    if (attempt < options.attempts) await sleep(options.backoffMs * 2 ** (attempt - 1));
  }
  return { delivered: false, attempts: options.attempts, status, error };
}
