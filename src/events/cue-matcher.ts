import { fillsPosition, MAX_GAP_WORDS, type PatternElement } from './cue-pattern.js';
import { HEAD_LENGTH, type EventToken } from './event-tokens.js';

/** A pattern match: token indices [first, end). */
export interface PatternMatch<T> {
  entry: T;
  first: number;
  end: number;
}

/**
 * Finds lexicon patterns in token ranges. Entries are indexed by their first position (exact words,
 * and prefixes by their first three letters), so each token is checked against a few entries only:
 * matching is linear in the number of tokens.
 */
export class PatternMatcher<T extends { elements: PatternElement[] }> {
  private readonly byWord = new Map<string, T[]>();
  private readonly byPrefix = new Map<string, T[]>();

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      const head = entry.elements[0];
      if (!head || head.kind === 'gap') continue;
      for (const word of head.words) push(this.byWord, word, entry);
      for (const prefix of head.prefixes) push(this.byPrefix, prefix.slice(0, HEAD_LENGTH), entry);
    }
  }

  /** Every match starting in [first, end), each the longest for its entry and start. */
  findAll(tokens: readonly EventToken[], first: number, end: number): Array<PatternMatch<T>> {
    const matches: Array<PatternMatch<T>> = [];
    for (let i = first; i < end; i++) {
      const token = tokens[i]!;
      if (!token.isWord) continue;
      const exact = this.byWord.get(token.fold) ?? NONE;
      const prefixed = this.byPrefix.get(token.head) ?? NONE;
      for (const entry of exact) this.tryAt(entry, tokens, i, end, first, matches);
      for (const entry of prefixed) {
        // An entry indexed both ways was already tried through its exact words.
        if (exact.length === 0 || !exact.includes(entry)) this.tryAt(entry, tokens, i, end, first, matches);
      }
    }
    return matches;
  }

  private tryAt(
    entry: T,
    tokens: readonly EventToken[],
    at: number,
    end: number,
    sentenceStart: number,
    matches: Array<PatternMatch<T>>,
  ): void {
    const matchEnd = matchAt(entry.elements, tokens, at, end, sentenceStart);
    if (matchEnd > at) matches.push({ entry, first: at, end: matchEnd });
  }
}

const NONE: never[] = [];

function push<T>(map: Map<string, T[]>, key: string, entry: T): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(entry);
  else map.set(key, [entry]);
}

const QUOTATION_MARK = /^["«»“”„]$/u;

/** End (exclusive) of the longest match of `elements` at token `at`, or -1. Gaps skip words and quotation marks; `rangeStart` is the sentence start. */
function matchAt(
  elements: readonly PatternElement[],
  tokens: readonly EventToken[],
  at: number,
  limit: number,
  rangeStart: number,
): number {
  let best = -1;
  const step = (position: number, index: number): void => {
    if (position === elements.length) {
      best = Math.max(best, index);
      return;
    }
    const element = elements[position]!;
    if (element.kind === 'gap') {
      for (let skip = 0; skip <= MAX_GAP_WORDS && index + skip <= limit; skip++) {
        const skipped = tokens[index + skip - 1];
        // A gap crosses words and quotation marks ("a levé le « carton jaune »"), never other punctuation.
        if (skip > 0 && !skipped!.isWord && !QUOTATION_MARK.test(skipped!.raw)) break;
        step(position + 1, index + skip);
      }
      return;
    }
    const token = tokens[index];
    if (index < limit && token && token.isWord && fillsPosition(element, token, index === rangeStart))
      step(position + 1, index + 1);
  };
  step(0, at);
  return best;
}

/** Keep the longest, then most confident, non-overlapping matches, in text order. */
export function selectNonOverlapping<T extends { confidence: number }>(
  matches: ReadonlyArray<PatternMatch<T>>,
): Array<PatternMatch<T>> {
  const ranked = [...matches].sort(
    (a, b) =>
      b.end - b.first - (a.end - a.first) || b.entry.confidence - a.entry.confidence || a.first - b.first,
  );
  const taken: Array<PatternMatch<T>> = [];
  for (const match of ranked) {
    if (taken.every((other) => match.end <= other.first || match.first >= other.end)) taken.push(match);
  }
  return taken.sort((a, b) => a.first - b.first);
}
