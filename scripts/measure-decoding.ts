/**
 * Print how well `decodeBytes` recovers text: on the extraction DEV pages as published (charset
 * notes, and the share of the gold's non-ASCII words found in the decoded page), and on the gold
 * texts turned into the damaged forms the decoder must undo (legacy code pages without a
 * declaration, mojibake, double mojibake, UTF-16 without BOM), as exact-recovery rates.
 * Run: `npx tsx scripts/measure-decoding.ts` (reads ../shared/data/extraction, offline).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/ingest/decode.js';
import { SHARED_DATA_DIR } from '../src/test-support/seeds.js';

interface ExtractionCase {
  id: string;
  html_path: string;
  expected_text: string | null;
  must_contain: string[];
}

const DIR = `${SHARED_DATA_DIR}extraction/`;
const cases = readFileSync(`${DIR}cases.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as ExtractionCase);

const numericEntity = /&#(x[0-9a-f]+|\d+);/gi;
const withEntities = (html: string): string =>
  html.replace(numericEntity, (_, code: string) =>
    String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)),
  );

function nonAsciiWords(text: string): string[] {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((word) => word.length >= 3 && /[^\p{ASCII}]/u.test(word));
  return [...new Set(words)].slice(0, 50);
}

const noteCounts = new Map<string, number>();
let found = 0;
let wanted = 0;
let decodeMs = 0;
let pageBytes = 0;
for (const c of cases) {
  const bytes = gunzipSync(readFileSync(DIR + c.html_path));
  const started = performance.now();
  const result = decodeBytes(bytes);
  decodeMs += performance.now() - started;
  pageBytes += bytes.length;
  for (const note of result.ok ? result.notes : [`error:${result.code}`]) {
    const kind = note.replace(/:\d+$/, '');
    noteCounts.set(kind, (noteCounts.get(kind) ?? 0) + 1);
  }
  const words = nonAsciiWords([c.expected_text ?? '', ...c.must_contain].join(' '));
  const text = result.ok ? withEntities(result.text) : '';
  wanted += words.length;
  found += words.filter((word) => text.includes(word)).length;
}
console.log(
  `pages as published: ${cases.length} pages, ${(pageBytes / 1e6).toFixed(1)} MB in ${Math.round(decodeMs)} ms`,
);
console.log(
  `  gold non-ASCII words found in the decoded page: ${found}/${wanted} (${((100 * found) / wanted).toFixed(2)}%)`,
);
for (const [kind, count] of [...noteCounts].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  note ${kind}: ${count}`);

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
const DAMAGES: Array<[string, (text: string) => Uint8Array | null]> = [
  ['windows-1252, undeclared', (t) => encodedIfLossless(t, 'windows-1252')],
  ['windows-1250, undeclared', (t) => encodedIfLossless(t, 'windows-1250')],
  ['mojibake (UTF-8 read as windows-1252)', (t) => Buffer.from(iconv.decode(Buffer.from(t), 'windows-1252'))],
  ['mojibake (UTF-8 read as latin-1)', (t) => Buffer.from(latin1(t))],
  ['double mojibake (latin-1 twice)', (t) => Buffer.from(latin1(latin1(t)))],
  ['UTF-16 LE without BOM', (t) => iconv.encode(t, 'utf-16le')],
  ['UTF-16 BE without BOM', (t) => iconv.encode(t, 'utf-16be')],
];

function encodedIfLossless(text: string, encoding: string): Uint8Array | null {
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, encoding) === text ? bytes : null;
}

const golds = cases
  .map((c) => c.expected_text)
  .filter((t): t is string => t !== null && /[^\p{ASCII}]/u.test(t));
console.log(`damaged gold texts (${golds.length} with non-ASCII characters): exactly recovered`);
for (const [name, damage] of DAMAGES) {
  let recovered = 0;
  let tried = 0;
  for (const gold of golds) {
    const bytes = damage(gold);
    if (!bytes) continue;
    tried++;
    const result = decodeBytes(bytes);
    if (result.ok && result.text === gold) recovered++;
  }
  console.log(`  ${name}: ${recovered}/${tried}`);
}
