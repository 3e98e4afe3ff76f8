import { looksLikeLead, looksLikeRelated } from './element-hints.js';
import { descendants, findFirst, textOf, type HtmlElement } from './html-tree.js';
import { isWithin, type MainContent } from './main-content.js';
import type { PageMetadata } from './page-metadata.js';
import { cleanText } from './text-blocks.js';

/** The article's lead and the body paragraphs left once the lead is taken out of them. */
export interface LeadSplit {
  lead: string | null;
  body: string[];
}

const MIN_LEAD = 40;
const MAX_LEAD = 1000;

function comparable(text: string): string {
  return text
    .replace(/(?:\.\.\.|…)$/, '')
    .trim()
    .toLowerCase();
}

/** A standfirst element before or inside the article containers (never in boilerplate or related blocks). */
function standfirst(root: HtmlElement, content: MainContent): string | null {
  const first = content.containers[0];
  if (!first) return null;
  const firstIndex = content.order.get(first) ?? 0;
  // A standfirst follows the headline; a "description" above it is the site's tagline.
  const heading = findFirst(root, 'h1');
  const headingIndex = heading ? (content.order.get(heading) ?? -1) : -1;
  for (const el of descendants(root)) {
    if (!looksLikeLead(el) || (content.order.get(el) ?? 0) < headingIndex) continue;
    const inside = isWithin(el, content.containers);
    if (!inside && (content.order.get(el) ?? 0) > firstIndex) break;
    // Article headers are boilerplate for the body but hold the standfirst; side blocks never do.
    if (hasSideBlockAncestor(el)) continue;
    const length = content.stats.get(el)?.textLength ?? 0;
    if (length < MIN_LEAD || length > MAX_LEAD) continue;
    return cleanText(textOf(el));
  }
  return null;
}

const SIDE_TAGS = new Set(['aside', 'nav', 'footer', 'li']);

function hasSideBlockAncestor(el: HtmlElement): boolean {
  for (let up: HtmlElement | null = el; up; up = up.parent) {
    if (SIDE_TAGS.has(up.tag) || looksLikeRelated(up)) return true;
  }
  return false;
}

/**
 * The lead: a standfirst element (taken out of the body if the body repeats it), or the first
 * body paragraph when the meta description says it is the summary.
 */
export function readLead(
  root: HtmlElement,
  content: MainContent,
  metadata: PageMetadata,
  body: string[],
): LeadSplit {
  const marked = standfirst(root, content);
  const rest = marked ? body.filter((paragraph) => paragraph !== marked) : [];
  if (marked && rest.length > 0) return { lead: marked, body: rest };
  const description = metadata.description ? comparable(metadata.description) : '';
  const first = body[0];
  // The only paragraph stays body: a page of one paragraph has a body, not a lead.
  if (
    body.length > 1 &&
    description.length >= MIN_LEAD &&
    first &&
    comparable(first).startsWith(description)
  ) {
    return { lead: first, body: body.slice(1) };
  }
  return { lead: null, body };
}
