import type { EventToken } from './event-tokens.js';

/** A sentence as a half-open range of token indices. */
export interface SentenceRange {
  first: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['»', '"', '”', ')']);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}«"“(]/u;

/**
 * Split tokens into sentences: a line break always ends one; ".", "!", "?" end one unless the word
 * before is a known abbreviation or title ("M.", "Dr."), a single capital (initials, "U.S."), or the
 * next token does not start a sentence.
 */
export function splitSentences(tokens: EventToken[], abbreviations: ReadonlySet<string>): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let first = 0;
  const close = (end: number): void => {
    if (end > first) sentences.push({ first, end });
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.lineBefore && i > first) close(i);
    if (!TERMINATORS.has(token.raw)) continue;
    if (isDecimalPoint(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.raw) && !tokens[end]!.lineBefore) end++;
    const next = tokens[end];
    if (next && !next.lineBefore && !STARTS_SENTENCE.test(next.raw)) continue;
    const before = tokens[i - 1];
    if (token.raw === '.' && before && before.end === token.start && isAbbreviation(before, abbreviations)) {
      if (!next || next.lineBefore || !isLikelyNewSentence(next)) continue;
    }
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  return sentences;
}

/** "3.5", "500.000": a point glued between digits. */
function isDecimalPoint(tokens: readonly EventToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const digits = /^\p{N}/u;
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === tokens[i]!.start &&
    after.start === tokens[i]!.end &&
    digits.test(before.raw) &&
    digits.test(after.raw)
  );
}

function isAbbreviation(word: EventToken, abbreviations: ReadonlySet<string>): boolean {
  if (abbreviations.has(word.raw)) return true;
  return word.raw.length === 1 && /\p{Lu}/u.test(word.raw);
}

/** After an abbreviation, only a quote or an opening sign clearly starts a new sentence. */
function isLikelyNewSentence(next: EventToken): boolean {
  return next.raw === '«' || next.raw === '“';
}
