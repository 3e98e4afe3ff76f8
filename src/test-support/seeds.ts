import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The canonical seed pages live in ../shared/seeds (publishers' text: read in place, never copied). */
/** `ENTENTE_SHARED` points elsewhere when the checkout is not beside `shared/` (a git worktree). */
const SHARED_DIR = process.env['ENTENTE_SHARED']
  ? `${process.env['ENTENTE_SHARED'].replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEEDS_DIR = `${SHARED_DIR}seeds/`;
export const SHARED_DATA_DIR = `${SHARED_DIR}data/`;

/** Under CI (`CI=true`) the shared data is part of the test setup: missing, it fails the tests. */
const REQUIRE_SHARED = process.env['CI'] === 'true' || process.env['CI'] === '1';

/**
 * Whether a file or folder of ../shared is there, for `skipIf`: locally a missing one skips its
 * tests with a warning; under CI it throws, so the tests that need it fail instead of skipping.
 */
export function sharedAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  if (REQUIRE_SHARED)
    throw new Error(`[entente tests] ${path} is missing: CI runs every test that needs ../shared`);
  console.warn(`[entente tests] ${path} not found: the tests that need it are skipped.`);
  return false;
}

export const seedsAvailable = sharedAvailable(SEEDS_DIR);

export function readSeed(name: string): Uint8Array {
  return readFileSync(`${SEEDS_DIR}${name}`);
}
