import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../ingest/decode.js';
import { makePage, type Page } from '../ingest/page.js';
import { seededRandom } from './seeded-random.js';

/** A real page split once into markup (kept as is) and text runs (perturbed per generated page). */
export interface PageTemplate {
  name: string;
  /** Even indexes are markup, odd ones text between tags (outside scripts and styles). */
  parts: string[];
  /** Words of the page's text, the pool substitutes are drawn from (keeps language and word lengths). */
  words: string[];
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

/** Split a decoded page into markup and text parts; charset declarations now say UTF-8 (pages are re-encoded). */
export function pageTemplate(name: string, html: string): PageTemplate {
  // split() with one capture group alternates text, markup, text…: put markup at even indexes.
  const parts = ['', ...html.split(MARKUP)];
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i]!.replace(/(<meta\b[^>]*charset\s*=\s*["']?)[\w-]+/gi, '$1utf-8');
  }
  const words: string[] = [];
  for (let i = 1; i < parts.length; i += 2) words.push(...(parts[i]!.match(WORD) ?? []));
  return { name, parts, words };
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
      if (template.words.length > 0) templates.push(template);
    }
  }
  return templates;
}

/** One variant of a template: a quarter of its words swapped for others of the same page. */
function perturb(template: PageTemplate, rand: () => number): string {
  const { parts, words } = template;
  const out = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    out[i] =
      i % 2 === 0
        ? parts[i]!
        : parts[i]!.replace(WORD, (word) =>
            rand() < SUBSTITUTION_RATE ? words[Math.floor(rand() * words.length)]! : word,
          );
  }
  return out.join('');
}

/**
 * Real-size pages made on the fly from real HTML: each page is a template with its text
 * perturbed (same markup, same weight), so no two are exact copies and few are near copies except
 * the `duplicateRate` share, which republishes an earlier page with a line added.
 */
export function* realSizePages(templates: PageTemplate[], options: RealSizeOptions): Generator<Page> {
  if (templates.length === 0) throw new Error('real-size pages need at least one HTML template');
  const rand = seededRandom(options.seed);
  const encoder = new TextEncoder();
  const recent: string[] = [];
  for (let i = 0; i < options.pages; i++) {
    let html: string;
    let site = `site${i % 11}.example`;
    if (recent.length > 10 && rand() < options.duplicateRate) {
      html = `${recent[Math.floor(rand() * recent.length)]!}\n<p>(Source: VNA, ref. ${i})</p>`;
      site = `mirror${i % 5}.example`;
    } else {
      const template = templates[Math.floor(rand() * templates.length)]!;
      html = perturb(template, rand);
      recent.push(html);
      if (recent.length > 20) recent.shift();
    }
    yield makePage(`https://${site}/page-${i}.html`, encoder.encode(html));
  }
}
