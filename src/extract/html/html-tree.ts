import { Parser } from 'htmlparser2';

/** An element of the compact tree the HTML extractor works on. */
export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Lower-cased class and id words, computed once by `hintText`. */
  hints?: string;
}

/** A run of character data (entities already decoded). */
export interface HtmlText {
  kind: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

/** The parsed page: its tree plus the raw bodies of JSON-LD scripts, which the tree drops. */
export interface HtmlDocument {
  root: HtmlElement;
  jsonLd: string[];
  /** True when nesting went past `MAX_DEPTH` and deeper elements were flattened into their ancestor. */
  depthCapped: boolean;
  /** True when the page had more than `MAX_ELEMENTS` elements: later tags were dropped, their text kept. */
  elementsCapped: boolean;
}

/** Deeper elements are flattened into their ancestor at this depth, so no walk can overflow the stack. */
export const MAX_DEPTH = 200;

/**
 * Elements kept per page (a long news page has a few thousand): past it, tags are dropped and
 * their text joins the open element, so one hostile page cannot exhaust an analysis worker.
 */
export const MAX_ELEMENTS = 50_000;

// Elements whose content is never page text: code, styling, templates, embedded documents, form widgets.
const OPAQUE_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'textarea',
]);

// htmlparser2 keeps its open-element stack with Array.unshift, which costs O(depth) per tag: a
// page nested deeper than this is cut down (tags beyond it dropped) and parsed again, so hostile
// pages stay linear while ordinary ones pay nothing.
const PARSER_NESTING_LIMIT = 1000;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>/g;
// Void elements, and elements whose end tag is usually implied, never deepen the nesting.
const FLAT_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
]);

// Block starts that are replaced by a paragraph break when dropped.
const BLOCK_START_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'pre',
]);

/** Drop the tags (not the text) nested deeper than the limit; null when the page is within it. */
function limitNesting(html: string): string | null {
  let depth = 0;
  let tooDeep = false;
  const overDepth = (match: RegExpExecArray): boolean => {
    const tag = match[2]!.toLowerCase();
    if (FLAT_TAGS.has(tag) || match[0].endsWith('/>')) return false;
    if (match[1]) return depth-- > PARSER_NESTING_LIMIT;
    return ++depth > PARSER_NESTING_LIMIT;
  };
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match && !tooDeep; match = TAG.exec(html)) tooDeep = overDepth(match);
  if (!tooDeep) return null;
  depth = 0;
  // An exec loop, not `replace` with a callback: V8 collects every match of a global replace
  // first, which on a page of 10^5 nested tags costs more memory than an analysis worker has.
  const parts: string[] = [];
  let kept = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (!overDepth(match)) continue;
    // A dropped block start still starts a new line of text.
    const blockStart = !match[1] && BLOCK_START_TAGS.has(match[2]!.toLowerCase());
    parts.push(html.slice(kept, match.index), blockStart ? '<p>' : '');
    kept = match.index + match[0].length;
  }
  parts.push(html.slice(kept));
  return parts.join('');
}

function element(tag: string, attrs: Record<string, string>, parent: HtmlElement | null): HtmlElement {
  return { kind: 'element', tag, attrs, children: [], parent };
}

/**
 * Parse HTML into a compact element tree without recursion. The content of opaque elements
 * (script, style, template, noscript, iframe, svg…) is dropped, except JSON-LD script bodies,
 * which are kept apart for the metadata reader. Truncated markup is closed at the end.
 */
export function parseHtmlTree(html: string): HtmlDocument {
  try {
    return buildTree(html, true);
  } catch (error) {
    if (!(error instanceof NestingTooDeep)) throw error;
    // Rare hostile page: cut the nesting down, then parse without the guard.
    const limited = limitNesting(html) ?? html;
    return { ...buildTree(limited, false), depthCapped: true };
  }
}

/** Thrown out of the parser callbacks when nesting passes PARSER_NESTING_LIMIT. */
class NestingTooDeep extends Error {}

function buildTree(html: string, guardNesting: boolean): HtmlDocument {
  const root = element('#document', {}, null);
  const jsonLd: string[] = [];
  // Open elements, root first. Past MAX_DEPTH, new elements become children of the element at
  // MAX_DEPTH (siblings in a flat run) so the tree stays shallow but keeps block boundaries.
  const open: HtmlElement[] = [root];
  let opaqueDepth = 0;
  let jsonLdBuffer: string | null = null;
  let depthCapped = false;
  let elements = 0;
  let elementsCapped = false;
  // Tags opened past MAX_ELEMENTS and not closed yet (htmlparser2 closes every tag it opens).
  let droppedOpen = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (guardNesting && open.length + opaqueDepth > PARSER_NESTING_LIMIT) throw new NestingTooDeep();
        if (opaqueDepth > 0) {
          opaqueDepth++;
          return;
        }
        if (OPAQUE_TAGS.has(name)) {
          opaqueDepth = 1;
          if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLdBuffer = '';
          return;
        }
        if (elements >= MAX_ELEMENTS) {
          elementsCapped = true;
          droppedOpen++;
          return;
        }
        elements++;
        if (open.length > MAX_DEPTH) depthCapped = true;
        const parent = open.length > MAX_DEPTH ? open[MAX_DEPTH]! : open.at(-1)!;
        const child = element(name, attrs, parent);
        parent.children.push(child);
        open.push(child);
      },
      ontext(text) {
        if (opaqueDepth > 0) {
          if (jsonLdBuffer !== null) jsonLdBuffer += text;
          return;
        }
        // In the flat run, text that follows a later sibling goes to the run's holder, in order.
        let target = open.at(-1)!;
        const holder = open[MAX_DEPTH];
        if (open.length > MAX_DEPTH + 1 && holder && holder.children.at(-1) !== target) target = holder;
        const last = target.children[target.children.length - 1];
        if (last?.kind === 'text') last.text += text;
        else target.children.push({ kind: 'text', text });
      },
      onclosetag() {
        if (opaqueDepth > 0) {
          opaqueDepth--;
          if (opaqueDepth === 0 && jsonLdBuffer !== null) {
            jsonLd.push(jsonLdBuffer);
            jsonLdBuffer = null;
          }
          return;
        }
        if (droppedOpen > 0) droppedOpen--;
        else if (open.length > 1) open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { root, jsonLd, depthCapped, elementsCapped };
}

/** Depth-first, document-order walk over the elements under `start` (not `start` itself). */
export function* descendants(start: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlNode[] = [...start.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** The elements under `start` (not `start` itself) in document order, as `descendants` walks them, in one array. */
export function elementsUnder(start: HtmlElement): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const stack: HtmlNode[] = [];
  for (let i = start.children.length - 1; i >= 0; i--) stack.push(start.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    elements.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return elements;
}

/** The first element with this tag under `start`, in document order. */
export function findFirst(start: HtmlElement, tag: string): HtmlElement | null {
  for (const el of descendants(start)) if (el.tag === tag) return el;
  return null;
}

/** Concatenated text under a node, with a space at element boundaries that usually separate words. */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.kind === 'text') {
      parts.push(next.text);
      continue;
    }
    if (next.tag === 'br') parts.push(' ');
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return parts.join('');
}
