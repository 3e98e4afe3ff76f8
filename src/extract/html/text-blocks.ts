import type { HtmlElement, HtmlNode } from './html-tree.js';
import { normalizeInlineSpace } from '../normalize-space.js';

/** Elements that start a new line of text when rendered. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** One rendered line of text and the block element that holds it. */
export interface TextBlock {
  text: string;
  /** Characters of `text` that sit inside links. */
  linkLength: number;
  /** Nearest block-level ancestor (or the element itself). */
  element: HtmlElement;
}

/** Collapse whitespace runs (newlines included) and apply the shared inline normalisation. */
export function cleanText(raw: string): string {
  return normalizeInlineSpace(raw.replace(/\s+/g, ' '));
}

type WalkItem = HtmlNode | { exit: HtmlElement };

/**
 * Render the subtree under `root` as text blocks in document order. `skip` prunes elements
 * (and their content); a block element flushes the text gathered so far.
 */
export function renderBlocks(root: HtmlElement, skip: (el: HtmlElement) => boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkLength = 0;
  let linkDepth = 0;
  const blockStack: HtmlElement[] = [root];

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = cleanText(parts.join(''));
    parts = [];
    if (text) {
      blocks.push({ text, linkLength: Math.min(linkLength, text.length), element: blockStack.at(-1)! });
    }
    linkLength = 0;
  };

  const stack: WalkItem[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      const el = item.exit;
      if (el.tag === 'a') linkDepth--;
      else {
        flush();
        blockStack.pop();
      }
      continue;
    }
    if (item.kind === 'text') {
      parts.push(item.text);
      if (linkDepth > 0) linkLength += item.text.trim().length;
      continue;
    }
    if (item.tag === 'br') {
      parts.push(' ');
      continue;
    }
    if (skip(item)) continue;
    const isBlock = BLOCK_TAGS.has(item.tag);
    if (isBlock) {
      flush();
      blockStack.push(item);
      stack.push({ exit: item });
    } else if (item.tag === 'a') {
      linkDepth++;
      stack.push({ exit: item });
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  flush();
  return blocks;
}
