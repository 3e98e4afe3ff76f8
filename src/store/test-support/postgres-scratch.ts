import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A temporary folder and the list of test databases to drop, both removed after the calling test
 * file's tests (call it at the top level of the file).
 */
export function postgresScratch(prefix: string): { dir: string; drops: Array<() => Promise<void>> } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await Promise.all(drops.map((drop) => drop()));
  }, 60_000);
  return { dir, drops };
}
