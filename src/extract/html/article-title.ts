import { descendants, textOf, type HtmlElement } from './html-tree.js';
import { isWithin, type MainContent } from './main-content.js';
import type { PageMetadata } from './page-metadata.js';
import { cleanText } from './text-blocks.js';

// " | Site", " - Site", " – Site", " — Site", " :: Site", " · Site"
const SUFFIX_SEPARATOR = / (?:\||-|–|—|::|·|•|») /g;
const MAX_SUFFIX_WORDS = 5;

/** Strip a site-name suffix (or prefix) from a page title. */
export function stripSiteName(title: string, siteName: string | null): string {
  const separators = [...title.matchAll(SUFFIX_SEPARATOR)];
  const last = separators.at(-1);
  if (!last || last.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  const site = siteName?.toLowerCase();
  if (site && tail.toLowerCase() === site) return head;
  const first = separators[0]!;
  const lead = title.slice(0, first.index).trim();
  if (site && lead.toLowerCase() === site) return title.slice(first.index! + first[0].length).trim();
  const headWords = head.split(' ').length;
  if (tail.split(' ').length <= MAX_SUFFIX_WORDS && headWords >= 3) return head;
  return title;
}

/** The first visible h1: inside the article containers if any, else anywhere outside boilerplate. */
function mainHeading(root: HtmlElement, content: MainContent): string | null {
  let fallback: string | null = null;
  for (const el of descendants(root)) {
    if (el.tag !== 'h1' || isWithin(el, content.boilerplate)) continue;
    const text = cleanText(textOf(el));
    if (!text) continue;
    if (isWithin(el, content.containers)) return text;
    fallback ??= text;
  }
  return fallback;
}

/** Article title: the h1 when the page's og:title/`<title>` confirms it, else og:title, else `<title>`. */
export function readArticleTitle(
  root: HtmlElement,
  metadata: PageMetadata,
  content: MainContent,
): string | null {
  const heading = mainHeading(root, content);
  const declared = metadata.metaTitle ?? metadata.documentTitle;
  if (heading && declared && declared.toLowerCase().includes(heading.toLowerCase())) return heading;
  if (declared) return stripSiteName(declared, metadata.siteName) || null;
  return heading;
}
