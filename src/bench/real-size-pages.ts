import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, gunzipSync, inflateRawSync } from 'node:zlib';
import { decodeBytes } from '../ingest/decode.js';
import { makePage, type Page } from '../ingest/page.js';
import { seededRandom } from './seeded-random.js';

/**
 * A real page split once into markup (kept as is, stored as deflated UTF-8 bytes) and the text
 * runs that hold words (perturbed per generated page). A page is mostly markup, scripts and styles:
 * keeping them as deflated bytes instead of strings keeps the 190 templates of the bench in ~7 MB
 * (~37 MB as plain bytes, ~100 MB as strings); inflating one costs ~0.3 ms a page.
 */
export interface PageTemplate {
  name: string;
  /** The markup runs one after the other, UTF-8 then deflated (raw); text runs without a word to swap count as markup. */
  markup: Uint8Array;
  /** Where each markup run ends in `markup`: text run i comes after markup run i, the last run closes the page. */
  markupEnds: Uint32Array;
  /** Text between tags (outside scripts and styles) holding words that may be swapped. */
  texts: string[];
  /**
   * Words of the page's text, the pool substitutes are drawn from (keeps language and word
   * lengths): one string with where each word ends, not ~3,000 small strings a page.
   */
  words: WordPool;
}

/** Words one after the other in `text`; word i ends at `ends[i]`. */
export interface WordPool {
  text: string;
  ends: Uint32Array;
}

/** Word `index` of a pool. */
export function poolWord(pool: WordPool, index: number): string {
  return pool.text.slice(index === 0 ? 0 : pool.ends[index - 1], pool.ends[index]);
}

export interface RealSizeOptions {
  pages: number;
  seed: number;
  /** Share of pages that republish an earlier generated page with a light edit. */
  duplicateRate: number;
}

/** Markup, scripts and styles (whose text is not page text) and `<meta charset>` declarations. */
const MARKUP = /(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>]*>)/i;
const WORD = /\p{L}{4,}/gu;
/** Share of a text run's words replaced: a 3-shingle then survives with p ≈ 0.42, far below the duplicate threshold. */
const SUBSTITUTION_RATE = 0.25;

const encoder = new TextEncoder();

/** Fast deflate: markup shrinks ~5× and inflates at a few hundred MB/s. */
const MARKUP_DEFLATE_LEVEL = 1;

/** A template's markup runs as UTF-8 bytes (inflated). */
export function templateMarkup(template: PageTemplate): Uint8Array {
  return inflateRawSync(template.markup);
}

/**
 * A copy of a string that does not hold on to the string it was cut from (V8 keeps substrings as
 * slices of their parent, which would keep every decoded page alive); UTF-16 round trip, so exact.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Split a decoded page into markup and text runs; charset declarations now say UTF-8 (pages are re-encoded). */
export function pageTemplate(name: string, html: string): PageTemplate {
  // split() with one capture group alternates text, markup, text…: put markup at even indexes.
  const parts = ['', ...html.split(MARKUP)];
  const markup: string[] = [];
  const markupEnds: number[] = [];
  const texts: string[] = [];
  const words: string[] = [];
  const wordEnds: number[] = [];
  let wordLength = 0;
  let pending = '';
  let bytes = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const found = i % 2 === 1 ? part.match(WORD) : null;
    if (!found) {
      // Runs split at '<' and '>', so encoding them one by one gives the bytes of the whole page.
      pending += i % 2 === 0 ? part.replace(/(<meta\b[^>]*charset\s*=\s*["']?)[\w-]+/gi, '$1utf-8') : part;
      continue;
    }
    for (const word of found) {
      words.push(word);
      wordLength += word.length;
      wordEnds.push(wordLength);
    }
    markup.push(pending);
    bytes += Buffer.byteLength(pending);
    markupEnds.push(bytes);
    texts.push(detached(part));
    pending = '';
  }
  markup.push(pending);
  markupEnds.push(bytes + Buffer.byteLength(pending));
  return {
    name,
    markup: deflateRawSync(encoder.encode(markup.join('')), { level: MARKUP_DEFLATE_LEVEL }),
    markupEnds: Uint32Array.from(markupEnds),
    texts,
    words: { text: detached(words.join('')), ends: Uint32Array.from(wordEnds) },
  };
}

/**
 * Templates from the HTML pages of folders (`.html`, `.htm`, `.html.gz`), decoded as Entente
 * decodes them; pages that do not decode or hold no words are left out.
 */
export function loadTemplates(folders: string[]): PageTemplate[] {
  const templates: PageTemplate[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      if (!/\.html?(\.gz)?$/i.test(name)) continue;
      const raw = readFileSync(join(folder, name));
      const decoded = decodeBytes(name.endsWith('.gz') ? gunzipSync(raw) : raw);
      if (!decoded.ok) continue;
      const template = pageTemplate(name, decoded.text);
      if (template.words.ends.length > 0) templates.push(template);
    }
  }
  return templates;
}

/** One variant of a template, UTF-8: a quarter of its words swapped for others of the same page. */
function perturb(template: PageTemplate, rand: () => number): Uint8Array {
  const { markupEnds, texts, words } = template;
  const markup = templateMarkup(template);
  const encoded = texts.map((text) =>
    encoder.encode(
      text.replace(WORD, (word) =>
        rand() < SUBSTITUTION_RATE ? poolWord(words, Math.floor(rand() * words.ends.length)) : word,
      ),
    ),
  );
  const out = new Uint8Array(markup.length + encoded.reduce((sum, run) => sum + run.length, 0));
  let at = 0;
  let from = 0;
  for (let i = 0; i < markupEnds.length; i++) {
    const to = markupEnds[i]!;
    out.set(markup.subarray(from, to), at);
    at += to - from;
    from = to;
    const text = encoded[i];
    if (text) {
      out.set(text, at);
      at += text.length;
    }
  }
  return out;
}

/** `bytes` followed by `suffix` encoded, in a buffer of its own. */
function appended(bytes: Uint8Array, suffix: string): Uint8Array {
  const tail = encoder.encode(suffix);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}

/**
 * Real-size pages made on the fly from real HTML: each page is a template with its text
 * perturbed (same markup, same weight), so no two are exact copies and few are near copies except
 * the `duplicateRate` share, which republishes an earlier page with a line added. Each page owns
 * its bytes (they may be transferred to another thread).
 */
export function* realSizePages(templates: PageTemplate[], options: RealSizeOptions): Generator<Page> {
  if (templates.length === 0) throw new Error('real-size pages need at least one HTML template');
  const rand = seededRandom(options.seed);
  const recent: Uint8Array[] = [];
  for (let i = 0; i < options.pages; i++) {
    let bytes: Uint8Array;
    let site = `site${i % 11}.example`;
    if (recent.length > 10 && rand() < options.duplicateRate) {
      bytes = appended(recent[Math.floor(rand() * recent.length)]!, `\n<p>(Source: VNA, ref. ${i})</p>`);
      site = `mirror${i % 5}.example`;
    } else {
      const template = templates[Math.floor(rand() * templates.length)]!;
      const generated = perturb(template, rand);
      recent.push(generated);
      if (recent.length > 20) recent.shift();
      bytes = generated.slice();
    }
    yield makePage(`https://${site}/page-${i}.html`, bytes);
  }
}
