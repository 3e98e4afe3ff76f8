import { classWeight, looksLikeBoilerplate } from './element-hints.js';
import { elementsUnder, type HtmlElement } from './html-tree.js';
import { BLOCK_TAGS } from './text-blocks.js';

/** Text measures of one element, over the part of its subtree that is not boilerplate. */
export interface ElementStats {
  /** Non-space characters under the element. */
  textLength: number;
  /** Non-space characters under the element that sit inside links. */
  linkLength: number;
  /** Non-space characters of the element's own inline text (not inside nested blocks). */
  inlineLength: number;
  /** Commas in the inline text: prose has them, navigation rarely does. */
  inlineCommas: number;
  /** Inline text of the paragraphs under the element that are prose (long enough, few links). */
  proseLength: number;
}

/** The result of content scoring: the boilerplate to skip and the containers that hold the article. */
export interface MainContent {
  stats: Map<HtmlElement, ElementStats>;
  boilerplate: Set<HtmlElement>;
  /** The best-scoring container and the siblings that continue it, in document order. */
  containers: HtmlElement[];
  /** Document-order index of every element. */
  order: Map<HtmlElement, number>;
}

// A paragraph shorter than this adds nothing to its ancestors' scores.
const MIN_PARAGRAPH = 25;
// A boilerplate-looking element holding more than this share of the page's prose is a misnamed wrapper.
const WRAPPER_SHARE = 0.5;
const PROSE_LINK_DENSITY = 0.3;
const MIN_PROSE = 80;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Tags that are never page furniture, whatever their class says.
const PROTECTED_TAGS = new Set(['html', 'body', 'main']);
const ANCESTOR_LEVELS = 5;
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'body']);
const NON_PROSE_COST = 4;
const TAG_BONUS: Record<string, number> = {
  article: 10,
  main: 5,
  div: 5,
  section: 3,
  td: 3,
  pre: 3,
  blockquote: 3,
  ol: -3,
  ul: -3,
  dl: -3,
  li: -3,
  form: -3,
  th: -5,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
};

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}

/** Bottom-up text and link lengths for every element (reverse document order visits children first). */
function measure(elements: HtmlElement[]): Map<HtmlElement, ElementStats> {
  const stats = new Map<HtmlElement, ElementStats>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    const own: ElementStats = {
      textLength: 0,
      linkLength: 0,
      inlineLength: 0,
      inlineCommas: 0,
      proseLength: 0,
    };
    for (const child of el.children) {
      if (child.kind === 'text') {
        const length = nonSpaceLength(child.text);
        own.textLength += length;
        own.inlineLength += length;
        own.inlineCommas += countCommas(child.text);
        continue;
      }
      const sub = stats.get(child);
      if (!sub) continue;
      own.textLength += sub.textLength;
      own.linkLength += child.tag === 'a' ? sub.textLength : sub.linkLength;
      own.proseLength += sub.proseLength;
      if (!BLOCK_TAGS.has(child.tag)) {
        own.inlineLength += sub.inlineLength;
        own.inlineCommas += sub.inlineCommas;
      }
    }
    if (isProseBlock(el, own)) {
      own.proseLength += own.inlineLength;
    }
    stats.set(el, own);
  }
  return stats;
}

/** A paragraph of running text: a block that is not a heading, long enough, with few links. */
function isProseBlock(el: HtmlElement, own: ElementStats): boolean {
  return (
    BLOCK_TAGS.has(el.tag) &&
    !HEADING_TAGS.has(el.tag) &&
    own.inlineLength >= MIN_PROSE &&
    linkDensity(own) < PROSE_LINK_DENSITY
  );
}

/** Link share of an element's text (0 when it has none). */
export function linkDensity(stats: ElementStats | undefined): number {
  if (!stats || stats.textLength === 0) return 0;
  return Math.min(1, stats.linkLength / stats.textLength);
}

/** Drop boilerplate subtrees (of `elements`, the root's in document order) from the measures so that ancestors count only article text. */
function findBoilerplate(
  root: HtmlElement,
  elements: HtmlElement[],
  stats: Map<HtmlElement, ElementStats>,
): Set<HtmlElement> {
  const pageProse = stats.get(root)?.proseLength ?? 0;
  const boilerplate = new Set<HtmlElement>();
  for (const el of elements) {
    if (PROTECTED_TAGS.has(el.tag) || !looksLikeBoilerplate(el)) continue;
    const own = stats.get(el)!;
    if (own.proseLength > pageProse * WRAPPER_SHARE && !isFurnitureTag(el)) continue;
    if (hasBoilerplateAncestor(el, boilerplate)) continue;
    boilerplate.add(el);
    // Inline text counts toward ancestors up to the first block boundary.
    let inline = !BLOCK_TAGS.has(el.tag);
    for (let child = el, up = el.parent; up; child = up, up = up.parent) {
      const s = stats.get(up);
      if (!s) continue;
      inline &&= !BLOCK_TAGS.has(child.tag);
      s.textLength -= own.textLength;
      s.linkLength -= own.linkLength;
      s.proseLength -= own.proseLength;
      if (inline) {
        s.inlineLength -= own.inlineLength;
        s.inlineCommas -= own.inlineCommas;
      }
    }
  }
  return boilerplate;
}

function isFurnitureTag(el: HtmlElement): boolean {
  return el.tag === 'nav' || el.tag === 'button';
}

function hasBoilerplateAncestor(el: HtmlElement, boilerplate: Set<HtmlElement>): boolean {
  for (let up = el.parent; up; up = up.parent) if (boilerplate.has(up)) return true;
  return false;
}

/** Score every container by the prose paragraphs under it, shared with ancestors by distance. */
function scoreContainers(
  root: HtmlElement,
  stats: Map<HtmlElement, ElementStats>,
  boilerplate: Set<HtmlElement>,
): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const child of el.children) {
      if (child.kind === 'element' && !boilerplate.has(child)) stack.push(child);
    }
    const own = stats.get(el)!;
    if (own.inlineLength < MIN_PARAGRAPH || !BLOCK_TAGS.has(el.tag)) continue;
    const paragraphScore = 1 + own.inlineCommas + Math.min(Math.floor(own.inlineLength / 100), 3);
    // A container that holds prose directly (text beside its child blocks) is a candidate itself.
    if (CONTAINER_TAGS.has(el.tag)) scores.set(el, (scores.get(el) ?? 0) + paragraphScore);
    let level = 0;
    for (let up = el.parent; up && level < ANCESTOR_LEVELS; up = up.parent) {
      if (!BLOCK_TAGS.has(up.tag)) continue;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(up, (scores.get(up) ?? 0) + paragraphScore / divider);
      level++;
    }
  }
  for (const [el, score] of scores) {
    const base = score + (TAG_BONUS[el.tag] ?? 0) + classWeight(el);
    scores.set(el, base * (1 - linkDensity(stats.get(el))));
  }
  return scores;
}

/**
 * Widen the best container to an ancestor while what the ancestor adds is mostly prose: an
 * article split into chunks scores each chunk alone, but the chunks' common parent holds it all.
 */
function widen(best: HtmlElement, stats: Map<HtmlElement, ElementStats>): HtmlElement {
  let chosen = best;
  for (let up = best.parent; up && up.tag !== 'body' && up.tag !== 'html'; up = up.parent) {
    const inner = stats.get(chosen)!;
    const outer = stats.get(up)!;
    const addedProse = outer.proseLength - inner.proseLength;
    const addedOther = outer.textLength - outer.proseLength - (inner.textLength - inner.proseLength);
    if (addedProse > NON_PROSE_COST * addedOther && addedProse > 0) chosen = up;
    else if (addedOther > 0 || addedProse > 0) break;
  }
  return chosen;
}

function bestOf(scores: Map<HtmlElement, number>, order: Map<HtmlElement, number>): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestScore = -Infinity;
  for (const [el, score] of scores) {
    // Ties go to the earlier element so the choice does not depend on map insertion order.
    if (score > bestScore || (score === bestScore && best && order.get(el)! < order.get(best)!)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Siblings of the best container that continue the article (split bodies, sibling paragraphs). */
function withSiblings(
  best: HtmlElement,
  scores: Map<HtmlElement, number>,
  stats: Map<HtmlElement, ElementStats>,
  boilerplate: Set<HtmlElement>,
): HtmlElement[] {
  const parent = best.parent;
  if (!parent) return [best];
  const bestScore = scores.get(best) ?? 0;
  const threshold = Math.max(10, bestScore * 0.2);
  const bestClass = best.attrs.class ?? '';
  const chosen: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element' || boilerplate.has(sibling)) continue;
    if (sibling === best) {
      chosen.push(sibling);
      continue;
    }
    const bonus = bestClass && sibling.attrs.class === bestClass ? bestScore * 0.2 : 0;
    const own = stats.get(sibling)!;
    const density = linkDensity(own);
    const isProse =
      sibling.tag === 'p' &&
      ((own.textLength > 80 && density < 0.25) ||
        (own.textLength > 0 && density === 0 && own.inlineCommas > 0));
    if ((scores.get(sibling) ?? 0) + bonus >= threshold || isProse) chosen.push(sibling);
  }
  return chosen;
}

/** Find the article's containers: measure, drop boilerplate, score, pick the best and its siblings. */
export function findMainContent(root: HtmlElement): MainContent {
  const elements = elementsUnder(root);
  const order = new Map<HtmlElement, number>();
  elements.forEach((el, i) => order.set(el, i));
  const stats = measure(elements);
  stats.set(root, sumChildren(root, stats));
  const boilerplate = findBoilerplate(root, elements, stats);
  const scores = scoreContainers(root, stats, boilerplate);
  const top = bestOf(scores, order);
  const best = top ? widen(top, stats) : null;
  const containers = best ? withSiblings(best, scores, stats, boilerplate) : [];
  return { stats, boilerplate, containers, order };
}

function sumChildren(root: HtmlElement, stats: Map<HtmlElement, ElementStats>): ElementStats {
  const total: ElementStats = {
    textLength: 0,
    linkLength: 0,
    inlineLength: 0,
    inlineCommas: 0,
    proseLength: 0,
  };
  for (const child of root.children) {
    if (child.kind === 'text') continue;
    const s = stats.get(child);
    if (!s) continue;
    total.textLength += s.textLength;
    total.linkLength += s.linkLength;
    total.proseLength += s.proseLength;
  }
  return total;
}

/** True when `el` is inside (or is) one of `ancestors`. */
export function isWithin(el: HtmlElement, ancestors: Set<HtmlElement> | HtmlElement[]): boolean {
  const set = ancestors instanceof Set ? ancestors : new Set(ancestors);
  for (let up: HtmlElement | null = el; up; up = up.parent) if (set.has(up)) return true;
  return false;
}
