import { createHash } from 'node:crypto';

/** Raw bytes of one input page and where they came from. */
export interface Page {
  uri: string;
  bytes: Uint8Array;
  sha256: string;
  /** ISO timestamp of the fetch, only when the caller asks for it (keeps output deterministic). */
  fetchedAt: string | null;
  /** Publication date known from outside the page (feed item date), EDTF. */
  publishedHint?: string | null;
  /** Content-Type header or declared media type, when known. */
  contentType?: string | null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Wrap bytes as a Page, computing the content hash. */
export function makePage(
  uri: string,
  bytes: Uint8Array,
  extra: Partial<Omit<Page, 'uri' | 'bytes' | 'sha256'>> = {},
): Page {
  return { uri, bytes, sha256: sha256Hex(bytes), fetchedAt: extra.fetchedAt ?? null, ...extra };
}
