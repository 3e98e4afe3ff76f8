// htmlparser2 keeps its open-element stack with Array.unshift, which costs O(depth) per tag: a
// page nested deeper than this is cut down (tags beyond it dropped) and parsed again, so hostile
// pages stay linear while ordinary ones pay nothing.
export const PARSER_NESTING_LIMIT = 1000;
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
export function limitNesting(html: string): string | null {
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
