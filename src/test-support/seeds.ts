import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The canonical seed pages live in ../shared/seeds (publishers' text: read in place, never copied). */
/** `ENTENTE_SHARED` points elsewhere when the checkout is not beside `shared/` (a git worktree). */
const SHARED_DIR = process.env['ENTENTE_SHARED']
  ? `${process.env['ENTENTE_SHARED'].replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEEDS_DIR = `${SHARED_DIR}seeds/`;
export const SHARED_DATA_DIR = `${SHARED_DIR}data/`;
export const seedsAvailable = existsSync(SEEDS_DIR);

if (!seedsAvailable) {
  console.warn(`[entente tests] ../shared/seeds not found at ${SEEDS_DIR}: seed golden tests are skipped.`);
}

export function readSeed(name: string): Uint8Array {
  return readFileSync(`${SEEDS_DIR}${name}`);
}
