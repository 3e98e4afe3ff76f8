import type { SurfaceToken, TokenizedSentence } from '../types.js';
import {
  ACRONYM,
  FINAL_ABBREVIATION,
  LINE_BEFORE,
  SPACE_BEFORE,
  type ScanReport,
  type ScannedTokens,
} from './scan-tokens.js';
import type { TokenLexicon } from './token-lexicon.js';

/** Longest sentence in tokens; longer ones are cut so that the parser downstream stays linear. */
export const MAX_SENTENCE_TOKENS = 200;

/** ".", "!", "?", "…" and their runs ("...", "?!"). */
const TERMINATOR = /[.!?…]/y;
/** Signs that close what the sentence opened and stay with it. */
const CLOSER = /[»”’)\]}]/y;
/** After "etc." or "Inc.", only a capital or an opening sign starts a sentence ("Jan. 5" does not). */
const CAPITAL_START = /[\p{Lu}\p{Lt}«“"‘(]/uy;
const PLAIN_TERMINATOR = /[.!?](?![.…])/y;
const LOWER_CASE_START = /\p{Ll}/uy;
const GLUED_CLOSER = /["']/y;
/** What a sentence may start with: a capital, a letter of a caseless script, a digit, an opening sign. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{Lo}\p{N}«“"‘([¿¡—–-]/uy;

function at(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/**
 * Group scanned tokens into sentences: a line break always ends one; ".", "!", "?", "…" end one
 * when the next token can start a sentence (closing quotes and brackets stay with the sentence
 * they close); "etc." and "Inc." end one before a capital, acronyms and initials ("U.S.", "J.")
 * only before a clear sentence opener ("The", "Il"), and then lose their dot to it.
 */
export function splitSentences(
  text: string,
  scanned: ScannedTokens,
  lexicon: TokenLexicon,
  offset: number,
  report?: ScanReport,
): TokenizedSentence[] {
  const { starts, ends, flags } = scanned;
  const count = starts.length;
  const sentences: TokenizedSentence[] = [];
  let tokens: SurfaceToken[] = [];
  const push = (start: number, end: number): void => {
    if (tokens.length >= MAX_SENTENCE_TOKENS) {
      report?.('syntax.sentence-too-long', `a sentence reached ${MAX_SENTENCE_TOKENS} tokens and was cut`, {
        start: tokens[0]!.start,
        end: end + offset,
      });
      close();
    }
    tokens.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
  };
  const close = (): void => {
    if (tokens.length === 0) return;
    sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    tokens = [];
  };
  const isCloser = (j: number): boolean =>
    (flags[j]! & LINE_BEFORE) === 0 &&
    (at(CLOSER, text, starts[j]!) ||
      ((flags[j]! & SPACE_BEFORE) === 0 && at(GLUED_CLOSER, text, starts[j]!)));

  /** Web and mail text start sentences in lower case: ". i think" (not "… et", '?" he asked', "alt.tv"). */
  const startsInLowerCase = (i: number, next: number): boolean =>
    lexicon.lowercaseMayStartSentence &&
    next === i + 1 &&
    (flags[next]! & SPACE_BEFORE) !== 0 &&
    at(PLAIN_TERMINATOR, text, starts[i]!) &&
    at(LOWER_CASE_START, text, starts[next]!);
  /** Whether token `i` (a terminator or an abbreviation with its dot) ends a sentence before token `next`. */
  const endsBefore = (i: number, next: number, abbreviation: number): boolean => {
    if (next >= count || (flags[next]! & LINE_BEFORE) !== 0) return true;
    if (abbreviation === ACRONYM) return lexicon.sentenceStarters.has(text.slice(starts[next]!, ends[next]!));
    if (abbreviation === FINAL_ABBREVIATION) return at(CAPITAL_START, text, starts[next]!);
    return at(SENTENCE_START, text, starts[next]!) || startsInLowerCase(i, next);
  };

  for (let i = 0; i < count; i++) {
    const flag = flags[i]!;
    if (flag & LINE_BEFORE) close();
    const start = starts[i]!;
    const abbreviation = flag & (FINAL_ABBREVIATION | ACRONYM);
    if (abbreviation === 0 && !at(TERMINATOR, text, start)) {
      push(start, ends[i]!);
      continue;
    }
    let next = i + 1;
    while (next < count && isCloser(next)) next++;
    if (!endsBefore(i, next, abbreviation)) {
      push(start, ends[i]!);
      continue;
    }
    if (abbreviation !== 0) {
      push(start, ends[i]! - 1);
      push(ends[i]! - 1, ends[i]!);
    } else {
      push(start, ends[i]!);
    }
    for (let j = i + 1; j < next; j++) push(starts[j]!, ends[j]!);
    close();
    i = next - 1;
  }
  close();
  return sentences;
}
