/**
 * Fetch failures in plain words that say what happened and what to do, for the ingest summary,
 * `entente errors`, `POST /api/ingest` and the ingest form. Each message names the host.
 */

/** Network error codes (Node, undici) and what they mean for the person who gave the URL. */
const NETWORK_MESSAGES: Array<[RegExp, (host: string) => string]> = [
  [
    /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/,
    (host) =>
      `the host ${host} was not found: check the address, or this machine has no internet access (save the page and ingest the file instead)`,
  ],
  [
    /^ECONNREFUSED$/,
    (host) => `${host} refused the connection: the site is down or the port is wrong; check the address`,
  ],
  [
    /^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/,
    (host) => `the connection to ${host} was cut before the page arrived: try again later`,
  ],
  [
    /^(EHOSTUNREACH|ENETUNREACH|ENETDOWN|EHOSTDOWN)$/,
    (host) => `${host} cannot be reached from this machine (no network route): check the network connection`,
  ],
  [
    /CERT|SSL|TLS|SELF_SIGNED/,
    (host) => `the HTTPS certificate of ${host} is not valid, so the page was not fetched: check the address`,
  ],
];

/** A network failure (DNS, refused, reset, certificate…) as a sentence naming the host. */
export function networkFailureMessage(host: string, code: string | undefined, detail: string): string {
  for (const [pattern, message] of NETWORK_MESSAGES) if (code && pattern.test(code)) return message(host);
  return `could not fetch from ${host}${detail ? ` (${detail})` : ''}: check the address and try again later`;
}

/** No answer in time. */
export function timeoutMessage(host: string, timeoutMs: number): string {
  return `${host} did not answer within ${timeoutMs / 1000} s: try again later, or allow more time with --timeout`;
}

/** An HTTP error status as what it means and what to do. */
export function httpStatusMessage(status: number): string {
  if (status === 404 || status === 410)
    return `the server answered HTTP ${status}: the page does not exist (any more); check the address`;
  if (status === 401 || status === 403)
    return `the server answered HTTP ${status}: it refuses access (a login or subscription may be needed); save the page from a browser and ingest the file instead`;
  if (status === 429) return 'the server answered HTTP 429: too many requests; try again later';
  if (status >= 500) return `the server answered HTTP ${status}: the site failed; try again later`;
  return `the server answered HTTP ${status}: check the address`;
}

export const ROBOTS_MESSAGE =
  "the site's robots.txt disallows this URL and Entente respects it: save the page from a browser and ingest the file instead";

export const INVALID_URL_MESSAGE =
  'not a valid URL: give a full address such as https://example.org/news/1.html';

export function unsupportedSchemeMessage(protocol: string): string {
  return `only http:// and https:// addresses are fetched (this one is ${protocol}); give a file path for a local file`;
}

/** The guard's refusal, with what to do. */
export function blockedMessage(refusal: string): string {
  return `${refusal}: Entente fetches public addresses only (--allow-private allows private ones, for tests and intranets)`;
}
