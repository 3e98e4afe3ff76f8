import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** Where the API token of a database is kept: beside it, readable by its owner only. */
export function apiTokenPath(dbPath: string): string {
  return `${dbPath}.api-token`;
}

/**
 * The API token write requests must carry, read from beside the database or, on first start,
 * generated (256 random bits) and stored there with mode 0600.
 */
export function loadOrCreateApiToken(dbPath: string): { token: string; path: string; created: boolean } {
  const path = apiTokenPath(dbPath);
  try {
    const token = readFileSync(path, 'utf8').trim();
    if (token.length >= 32) return { token, path, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return { token, path, created: true };
}

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
