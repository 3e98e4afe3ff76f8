import { hashString } from '../model/feature-hash.js';

/** What the tagger and parser know of one word form, hashed once per word. */
export interface WordKeys {
  /** Lower case, digits folded to 0. */
  norm: number;
  suffix1: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  suffix5: number;
  prefix1: number;
  prefix2: number;
  prefix3: number;
  /** Compressed shape: "Xx", "x", "X", "d", "x-x", "X.", … */
  shape: number;
  capitalised: boolean;
}

const DIGIT = /\p{Nd}/gu;

/** "Hughes" → "hughes", "1.200" → "0.000". */
export function normaliseForm(form: string): string {
  return form.toLowerCase().replace(DIGIT, '0');
}

/** Character classes with repeats collapsed: "Hughes" → "Xx", "COVID-19" → "X-d", "l'" → "x'". */
export function shapeOf(form: string): string {
  let shape = '';
  let last = '';
  for (const char of form) {
    let cls: string;
    if (/\p{Lu}/u.test(char)) cls = 'X';
    else if (/\p{L}/u.test(char)) cls = 'x';
    else if (/\p{N}/u.test(char)) cls = 'd';
    else cls = char;
    if (cls !== last) shape += cls;
    last = cls;
    if (shape.length > 6) break;
  }
  return shape;
}

const cache = new Map<string, WordKeys>();
/**
 * Forms kept. An entry costs ~300 bytes of heap (199k entries measured at 60 MB), and an analysis
 * worker's heap is capped at 128 MB (src/ingest/analysis-pool.ts): at 200k this cache alone took
 * half of it on a long ingest of varied pages, and workers died near 15k real-size pages. 30k keeps
 * the forms of thousands of articles (~9 MB).
 */
const CACHE_LIMIT = 30_000;

/** The hashed keys of a form (cached: word forms repeat across a corpus). */
export function wordKeys(form: string): WordKeys {
  let keys = cache.get(form);
  if (keys) return keys;
  const norm = normaliseForm(form);
  const chars = Array.from(norm);
  const suffix = (n: number): number => hashString(`s${n}:${chars.slice(-n).join('')}`);
  keys = {
    norm: hashString(norm),
    suffix1: suffix(1),
    suffix2: suffix(2),
    suffix3: suffix(3),
    suffix4: suffix(4),
    suffix5: suffix(5),
    prefix1: hashString(`p1:${chars.slice(0, 1).join('')}`),
    prefix2: hashString(`p2:${chars.slice(0, 2).join('')}`),
    prefix3: hashString(`p3:${chars.slice(0, 3).join('')}`),
    shape: hashString(`sh:${shapeOf(form)}`),
    capitalised: /^\p{Lu}/u.test(form),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, keys);
  return keys;
}
