import { createHmac } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import { literalAddressRefusal, type AddressPolicy } from '../ingest/fetch/address-guard.js';

export interface WebhookTarget {
  url: string;
  secret: string | null;
}

export interface WebhookOptions {
  attempts: number;
  /** First retry delay; doubles each time. */
  backoffMs: number;
  /** Per attempt, connection to last byte: a receiver that never answers costs this much at most. */
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = { attempts: 3, backoffMs: 500, timeoutMs: 3000 };

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

/**
 * Why a webhook URL cannot be registered, or null: only http(s), and no literal private or local
 * address (names are checked again, resolved, at each delivery by the guarded dispatcher).
 */
export function webhookUrlRefusal(url: string, policy: AddressPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `webhookUrl ${JSON.stringify(url)} is not a valid URL`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `webhookUrl must be http or https, not ${parsed.protocol}`;
  if (parsed.username || parsed.password) return 'webhookUrl must not carry credentials';
  const refusal = literalAddressRefusal(parsed, policy);
  return refusal ? `webhookUrl refused: ${refusal}` : null;
}

/**
 * POST a JSON payload through `dispatcher` (a guarded agent: no private addresses, no redirects
 * followed), retrying with exponential backoff on network errors and 5xx/429.
 */
export async function deliverWebhook(
  target: WebhookTarget,
  payload: unknown,
  dispatcher: Dispatcher,
  options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
): Promise<WebhookResult> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'entente-webhook',
  };
  if (target.secret) headers['x-entente-signature'] = signBody(target.secret, body);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let status: number | null = null;
  let error: string | null = null;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const response = await request(target.url, {
        method: 'POST',
        headers,
        body,
        dispatcher,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = response.statusCode;
      await response.body.dump().catch(() => undefined);
      if (status >= 200 && status < 300) return { delivered: true, attempts: attempt, status, error: null };
      error = `HTTP ${status}`;
      if (status < 500 && status !== 429) return { delivered: false, attempts: attempt, status, error };
    } catch (cause) {
      const err = cause as Error & { cause?: Error };
      error = err.cause?.message ?? err.message;
    }
    if (attempt < options.attempts) await sleep(options.backoffMs * 2 ** (attempt - 1));
  }
  return { delivered: false, attempts: options.attempts, status, error };
}
