import { Parser } from 'htmlparser2';

/** An element of the compact tree the HTML extractor works on. */
export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
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
}

/** Deeper elements are flattened into their ancestor at this depth, so no walk can overflow the stack. */
export const MAX_DEPTH = 200;

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

// The parser keeps its open-element stack with Array.unshift, which costs O(depth) per tag:
// markup nested deeper than this is cut down before parsing so hostile pages stay linear.
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
  return html.replace(TAG, (...args: unknown[]) => {
    const match = args as unknown as RegExpExecArray;
    return overDepth(match) ? '' : match[0];
  });
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
  const root = element('#document', {}, null);
  const jsonLd: string[] = [];
  let current = root;
  let depth = 0;
  // Open tags that were flattened (depth cap) or swallowed (inside an opaque element).
  let flattened = 0;
  let opaqueDepth = 0;
  let jsonLdBuffer: string | null = null;
  let depthCapped = false;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (opaqueDepth > 0) {
          opaqueDepth++;
          return;
        }
        if (OPAQUE_TAGS.has(name)) {
          opaqueDepth = 1;
          if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLdBuffer = '';
          return;
        }
        if (depth >= MAX_DEPTH) {
          flattened++;
          depthCapped = true;
          return;
        }
        const child = element(name, attrs, current);
        current.children.push(child);
        current = child;
        depth++;
      },
      ontext(text) {
        if (opaqueDepth > 0) {
          if (jsonLdBuffer !== null) jsonLdBuffer += text;
          return;
        }
        const last = current.children[current.children.length - 1];
        if (last?.kind === 'text') last.text += text;
        else current.children.push({ kind: 'text', text });
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
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  const limited = limitNesting(html);
  parser.write(limited ?? html);
  parser.end();
  return { root, jsonLd, depthCapped: depthCapped || limited !== null };
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
