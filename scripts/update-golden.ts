/**
 * Regenerate the golden outputs of the sample corpus: `samples/expected/<rel>.jsonl` holds what
 * `entente extract --no-analyze samples/<rel>` prints. Stale golden files of removed samples
 * are deleted. Run with `npm run golden:update` and review the diff before committing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import {
  EXPECTED_DIR,
  expectedPathOf,
  extractSampleJsonl,
  listSamples,
} from '../src/test-support/samples.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const samples = listSamples();
const wanted = new Set(samples.map((rel) => expectedPathOf(rel)));
let written = 0;
let unchanged = 0;
for (const rel of samples) {
  const path = expectedPathOf(rel);
  const jsonl = extractSampleJsonl(rel);
  if (existsSync(path) && readFileSync(path, 'utf8') === jsonl) {
    unchanged++;
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, jsonl);
  written++;
  console.log(`updated  expected/${rel}.jsonl`);
}
let removed = 0;
for (const path of filesUnder(EXPECTED_DIR)) {
  if (wanted.has(path)) continue;
  rmSync(path);
  removed++;
  console.log(`removed  expected/${relative(EXPECTED_DIR, path).split(sep).join('/')}`);
}
console.log(
  `${samples.length} samples: ${written} updated, ${unchanged} unchanged, ${removed} stale removed`,
);
