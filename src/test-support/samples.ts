import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../extract/extract-page.js';
import { makePage } from '../ingest/page.js';
import type { OutputRecord } from '../records/article.js';
import { toJsonLine } from '../records/jsonl.js';

/** The bundled sample corpus (original pages written for this project). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
/** Folders of `samples/` that hold pages; `expected/` holds their golden outputs. */
const PAGE_FOLDERS = ['text', 'html'] as const;
export const EXPECTED_DIR = `${SAMPLES_DIR}expected/`;

/** Relative paths (`text/….txt`, `html/….html`) of every sample page, sorted. */
export function listSamples(): string[] {
  const paths: string[] = [];
  for (const folder of PAGE_FOLDERS) {
    const dir = `${SAMPLES_DIR}${folder}/`;
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('.')) paths.push(`${folder}/${name}`);
    }
  }
  return paths.sort();
}

/** The records `entente extract --no-analyze samples/<rel>` writes for one sample. */
export function extractSample(rel: string): OutputRecord[] {
  const bytes = readFileSync(`${SAMPLES_DIR}${rel}`);
  return extractPage(makePage(`file:samples/${rel}`, bytes));
}

/** Those records as the JSONL text the CLI prints. */
export function extractSampleJsonl(rel: string): string {
  return extractSample(rel).map(toJsonLine).join('');
}

/** Where the golden output of a sample lives: `samples/expected/<rel>.jsonl`. */
export function expectedPathOf(rel: string): string {
  return `${EXPECTED_DIR}${rel}.jsonl`;
}
