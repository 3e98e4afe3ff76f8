import { readFileSync } from 'node:fs';
import type { HtmlElement } from './html-tree.js';

interface ElementHintData {
  strongBoilerplate: string[];
  strongExactTokens: string[];
  boilerplate: string[];
  exactTokens: string[];
  positive: string[];
  boilerplateTags: string[];
  boilerplateRoles: string[];
  lead: string[];
  related: string[];
  credit: string[];
  caption: string[];
}

const data = JSON.parse(
  readFileSync(new URL('../../../data/html-extraction/element-hints.json', import.meta.url), 'utf8'),
) as ElementHintData;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word list as a regex matching at the start of a class/id token part. */
function prefixPattern(words: string[]): RegExp {
  return new RegExp(`(?:^|[\\s-])(?:${words.map(escape).join('|')})`);
}

/** A word list as a regex matching whole class/id token parts. */
function exactPattern(words: string[]): RegExp {
  return new RegExp(`(?:^|[\\s-])(?:${words.map(escape).join('|')})(?=$|[\\s-])`);
}

const STRONG_BOILERPLATE = prefixPattern(data.strongBoilerplate);
const STRONG_EXACT = exactPattern(data.strongExactTokens);
const BOILERPLATE = prefixPattern(data.boilerplate);
const EXACT = exactPattern(data.exactTokens);
const BOILERPLATE_ALL = new RegExp(BOILERPLATE.source, 'g');
const EXACT_ALL = new RegExp(EXACT.source, 'g');
const POSITIVE = prefixPattern(data.positive);
const POSITIVE_ALL = new RegExp(POSITIVE.source, 'g');
const LEAD = prefixPattern(data.lead);
const RELATED = prefixPattern(data.related);
const CREDIT = prefixPattern(data.credit);
const CAPTION = prefixPattern(data.caption);
const BOILERPLATE_TAGS = new Set(data.boilerplateTags);
const BOILERPLATE_ROLES = new Set(data.boilerplateRoles);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Class and id text that hintText's rewriting leaves as it is (no capital, "_" or other letter).
const PLAIN_HINTS = /^[a-z0-9 -]*$/;

/** The element's class and id, lower-cased, '_' and camelCase split with '-' ("relatedNews" → "related-news"). */
export function hintText(el: HtmlElement): string {
  if (el.hints === undefined) {
    const { class: className, id } = el.attrs;
    const joined = className || id ? `${className ?? ''} ${id ?? ''}` : '';
    el.hints = PLAIN_HINTS.test(joined)
      ? joined
      : joined
          .replace(/([a-z])([A-Z])/g, '$1-$2')
          .replace(/_/g, '-')
          .toLowerCase();
  }
  return el.hints;
}

/** What class/id text says of an element: furniture outright, furniture unless it is a heading, or neither. */
type HintVerdict = 'strong' | 'furniture' | 'none';

/**
 * Verdicts by class/id text: a page's elements repeat a few classes ("item", "col-md-4") many
 * times, and so do the pages of a site, and each verdict runs a dozen long alternations.
 */
export type HintVerdicts = Map<string, HintVerdict>;

/** The verdicts kept across pages (a verdict depends on the text alone), within bounds. */
const sharedVerdicts: HintVerdicts = new Map();
const SHARED_VERDICTS_LIMIT = 5_000;
const SHARED_HINT_LENGTH = 200;

function hintVerdict(hints: string): HintVerdict {
  if (STRONG_BOILERPLATE.test(hints) || STRONG_EXACT.test(hints)) return 'strong';
  if (!BOILERPLATE.test(hints) && !EXACT.test(hints)) return 'none';
  let furniture = false;
  for (const token of hints.split(' ')) {
    if (!token) continue;
    const verdict = tokenVerdict(token);
    if (verdict === 'positive') return 'none';
    furniture ||= verdict === 'boilerplate';
  }
  return furniture ? 'furniture' : 'none';
}

/**
 * True when tag, role, hidden state or class/id say the element is page furniture, not article.
 * `verdicts`: verdicts by class/id text so far (read and filled); by default those kept across pages.
 */
export function looksLikeBoilerplate(el: HtmlElement, verdicts: HintVerdicts = sharedVerdicts): boolean {
  if (BOILERPLATE_TAGS.has(el.tag)) return true;
  const role = el.attrs.role;
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  if ('hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  const style = el.attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const hints = hintText(el);
  if (!hints) return false;
  let verdict = verdicts.get(hints);
  if (verdict === undefined) {
    verdict = hintVerdict(hints);
    if (verdicts !== sharedVerdicts || hints.length <= SHARED_HINT_LENGTH) {
      if (verdicts === sharedVerdicts && verdicts.size >= SHARED_VERDICTS_LIMIT) verdicts.clear();
      verdicts.set(hints, verdict);
    }
  }
  // Headings carry anchor ids ("nav_section-2") more often than furniture classes.
  return verdict === 'strong' || (verdict === 'furniture' && !HEADING_TAGS.has(el.tag));
}

function lastMatch(pattern: RegExp, token: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (const match of token.matchAll(pattern)) last = match.index;
  return last;
}

/**
 * In a BEM-style token the last part names the thing: "article__meta" is furniture of an
 * article, "sidebar-content" is content. The later of the two hints decides.
 */
function tokenVerdict(token: string): 'boilerplate' | 'positive' | 'neutral' {
  const furniture = Math.max(lastMatch(BOILERPLATE_ALL, token), lastMatch(EXACT_ALL, token));
  const positive = lastMatch(POSITIVE_ALL, token);
  if (furniture < 0 && positive < 0) return 'neutral';
  return furniture > positive ? 'boilerplate' : 'positive';
}

/** Class/id weight for container scoring: positive hints up, boilerplate hints down. */
export function classWeight(el: HtmlElement): number {
  const hints = hintText(el);
  if (!hints) return 0;
  let weight = 0;
  if (POSITIVE.test(hints)) weight += 25;
  if (
    STRONG_BOILERPLATE.test(hints) ||
    STRONG_EXACT.test(hints) ||
    BOILERPLATE.test(hints) ||
    EXACT.test(hints)
  ) {
    weight -= 25;
  }
  return weight;
}

/** True when class/id mark a standfirst (lead, chapô, summary). */
export function looksLikeLead(el: HtmlElement): boolean {
  const hints = hintText(el);
  return hints !== '' && LEAD.test(hints);
}

/** True when class/id mark a block of related articles or teasers. */
export function looksLikeRelated(el: HtmlElement): boolean {
  const hints = hintText(el);
  return hints !== '' && RELATED.test(hints);
}

/** True when class/id mark a photo credit. */
export function looksLikeCredit(el: HtmlElement): boolean {
  const hints = hintText(el);
  return hints !== '' && CREDIT.test(hints);
}

/** True when class/id mark an image caption. */
export function looksLikeCaption(el: HtmlElement): boolean {
  const hints = hintText(el);
  return hints !== '' && CAPTION.test(hints);
}
