import type { ArticleDraft } from '../article-draft.js';
import { parseCaption } from '../caption.js';
import { isSeeMoreLine } from './body-lines.js';
import { looksLikeRelated } from './element-hints.js';
import { descendants, textOf, type HtmlElement } from './html-tree.js';
import { linkDensity, type MainContent } from './main-content.js';
import { cleanText } from './text-blocks.js';

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span', 'div', 'p']);
const ITEM_TAGS = new Set(['li', 'article']);
const HEADLINE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const MIN_TITLE = 15;
const MAX_HEADING = 40;
const MIN_BLOCK_LINK_DENSITY = 0.2;
const MAX_TEASERS = 30;

/** Blocks of related articles: marked by class/id, or opened by a "See more" / "Lire aussi" heading. */
export function findRelatedBlocks(root: HtmlElement, content: MainContent): HtmlElement[] {
  const blocks: HtmlElement[] = [];
  const found = new Set<HtmlElement>();
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (found.has(el)) continue;
    if (el !== root && looksLikeRelated(el) && !isInside(el, found)) {
      blocks.push(el);
      found.add(el);
      continue;
    }
    const opener = el !== root ? blockOpenedBy(el, content) : null;
    if (opener && !isInside(opener, found)) {
      blocks.push(opener);
      found.add(opener);
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
  const position = (el: HtmlElement): number => content.order.get(el) ?? 0;
  return blocks.sort((a, b) => position(a) - position(b));
}

/** When `el` is a "See more" / "Lire aussi" heading, the block it opens: its first ancestor with more in it. */
function blockOpenedBy(el: HtmlElement, content: MainContent): HtmlElement | null {
  const stats = content.stats.get(el);
  if (!HEADING_TAGS.has(el.tag) || !el.parent || !stats || stats.textLength > MAX_HEADING) return null;
  if (!isSeeMoreLine(cleanText(textOf(el)))) return null;
  let block: HtmlElement | null = el.parent;
  while (block && block.children.filter((c) => c.kind === 'element').length < 2) block = block.parent;
  if (!block || block.tag === 'body' || block.tag === '#document') return null;
  // A list of links, not the article paragraph or body that mentions "Read more" in passing.
  return linkDensity(content.stats.get(block)) >= MIN_BLOCK_LINK_DENSITY ? block : null;
}

function isInside(el: HtmlElement, set: Set<HtmlElement>): boolean {
  for (let up: HtmlElement | null = el; up; up = up.parent) if (set.has(up)) return true;
  return false;
}

function itemOf(link: HtmlElement, block: HtmlElement): HtmlElement {
  for (let up = link.parent; up && up !== block; up = up.parent) if (ITEM_TAGS.has(up.tag)) return up;
  // A block that is itself one item (a related <li> or <article>) holds the whole teaser.
  if (ITEM_TAGS.has(block.tag)) return block;
  return link.parent && link.parent !== block ? link.parent : link;
}

/** One draft per linked item of a related block: title from its heading or link, lead, image caption. */
function teasersOf(block: HtmlElement, seen: Set<string>): ArticleDraft[] {
  const teasers: ArticleDraft[] = [];
  const items: HtmlElement[] = [];
  for (const el of descendants(block)) {
    if (el.tag !== 'a') continue;
    const item = itemOf(el, block);
    if (!items.includes(item)) items.push(item);
  }
  for (const item of items) {
    const elements = [item, ...descendants(item)];
    const heading = elements.find((el) => HEADLINE_TAGS.has(el.tag) && !isSeeMoreLine(cleanText(textOf(el))));
    const links = elements.filter((el) => el.tag === 'a').map((a) => cleanText(textOf(a)));
    const title = heading ? cleanText(textOf(heading)) : (links.sort((a, b) => b.length - a.length)[0] ?? '');
    if (title.length < MIN_TITLE || seen.has(title) || isSeeMoreLine(title)) continue;
    seen.add(title);
    const summary = elements.find((el) => el.tag === 'p' && !cleanText(textOf(el)).includes(title));
    const lead = summary ? cleanText(textOf(summary)) || null : null;
    const image = elements.find((el) => el.tag === 'img' && el.attrs.alt);
    const figcaption = elements.find((el) => el.tag === 'figcaption');
    const captionText = figcaption ? cleanText(textOf(figcaption)) : cleanText(image?.attrs.alt ?? '');
    teasers.push({
      title,
      lead,
      body: [],
      captions: captionText ? [parseCaption(captionText)] : [],
      signoff: null,
      published: null,
    });
  }
  return teasers;
}

/** Teaser drafts of every related block, in page order, without repeats. */
export function readTeasers(blocks: HtmlElement[]): ArticleDraft[] {
  const seen = new Set<string>();
  return blocks.flatMap((block) => teasersOf(block, seen)).slice(0, MAX_TEASERS);
}
