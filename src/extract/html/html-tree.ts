import { Parser } from 'htmlparser2';
import { limitNesting, PARSER_NESTING_LIMIT } from './nesting-limit.js';

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

/**
 * htmlparser2's handler for one page, as a class: its callbacks are prototype methods, shared by
 * every page, so V8 optimises them once. Closures made per page were compiled again page after
 * page (each new closure, and each one a full collection dropped: issue 13, seventh pass).
 */
class TreeBuilder {
  readonly root = element('#document', {}, null);
  readonly jsonLd: string[] = [];
  // Open elements, root first. Past MAX_DEPTH, new elements become children of the element at
  // MAX_DEPTH (siblings in a flat run) so the tree stays shallow but keeps block boundaries.
  private readonly open: HtmlElement[] = [this.root];
  private opaqueDepth = 0;
  private jsonLdBuffer: string | null = null;
  depthCapped = false;
  private elements = 0;
  elementsCapped = false;
  // Tags opened past MAX_ELEMENTS and not closed yet (htmlparser2 closes every tag it opens).
  private droppedOpen = 0;

  constructor(private readonly guardNesting: boolean) {}

  onopentag(name: string, attrs: Record<string, string>): void {
    const open = this.open;
    if (this.guardNesting && open.length + this.opaqueDepth > PARSER_NESTING_LIMIT)
      throw new NestingTooDeep();
    if (this.opaqueDepth > 0) {
      this.opaqueDepth++;
      return;
    }
    if (OPAQUE_TAGS.has(name)) {
      this.opaqueDepth = 1;
      if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) this.jsonLdBuffer = '';
      return;
    }
    if (this.elements >= MAX_ELEMENTS) {
      this.elementsCapped = true;
      this.droppedOpen++;
      return;
    }
    this.elements++;
    if (open.length > MAX_DEPTH) this.depthCapped = true;
    const parent = open.length > MAX_DEPTH ? open[MAX_DEPTH]! : open.at(-1)!;
    const child = element(name, attrs, parent);
    parent.children.push(child);
    open.push(child);
  }

  ontext(text: string): void {
    if (this.opaqueDepth > 0) {
      if (this.jsonLdBuffer !== null) this.jsonLdBuffer += text;
      return;
    }
    // In the flat run, text that follows a later sibling goes to the run's holder, in order.
    const open = this.open;
    let target = open.at(-1)!;
    const holder = open[MAX_DEPTH];
    if (open.length > MAX_DEPTH + 1 && holder && holder.children.at(-1) !== target) target = holder;
    const last = target.children[target.children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else target.children.push({ kind: 'text', text });
  }

  onclosetag(): void {
    if (this.opaqueDepth > 0) {
      this.opaqueDepth--;
      if (this.opaqueDepth === 0 && this.jsonLdBuffer !== null) {
        this.jsonLd.push(this.jsonLdBuffer);
        this.jsonLdBuffer = null;
      }
      return;
    }
    if (this.droppedOpen > 0) this.droppedOpen--;
    else if (this.open.length > 1) this.open.pop();
  }
}

function buildTree(html: string, guardNesting: boolean): HtmlDocument {
  const builder = new TreeBuilder(guardNesting);
  const parser = new Parser(builder, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
  });
  parser.write(html);
  parser.end();
  const { root, jsonLd, depthCapped, elementsCapped } = builder;
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
