import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The canonical seed pages live in ../shared/seeds (publishers' text: read in place, never copied). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const seedsAvailable = existsSync(SEEDS_DIR);

if (!seedsAvailable) {
  console.warn(`[entente tests] ../shared/seeds not found at ${SEEDS_DIR}: seed golden tests are skipped.`);
}

export function readSeed(name: string): Uint8Array {
  return readFileSync(`${SEEDS_DIR}${name}`);
}
