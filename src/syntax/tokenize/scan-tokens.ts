import { wordCuts } from './word-cuts.js';
import type { TokenLexicon } from './token-lexicon.js';
import { compileTokenPattern, URL_TRAILERS } from './token-pattern.js';

/** A line break separates the token from the previous one. */
export const LINE_BEFORE = 1;
/** White space (or a skipped control character) separates the token from the previous one. */
export const SPACE_BEFORE = 2;
/** The token ends with the dot of an abbreviation that never ends a sentence ("M.", "Dr."). */
export const PREFIX_ABBREVIATION = 4;
/** The token ends with the dot of an abbreviation that may end a sentence ("etc.", "Inc."). */
export const FINAL_ABBREVIATION = 8;
/** An acronym or initial with its dot ("U.S.", "J."): ends a sentence only before a clear opener. */
export const ACRONYM = 16;

/** Tokens as parallel arrays of offsets into the scanned text and flags (no objects yet). */
export interface ScannedTokens {
  starts: number[];
  ends: number[];
  flags: number[];
}

export type ScanReport = (ruleId: string, message: string, span?: { start: number; end: number }) => void;

/** Longest token in UTF-16 code units; longer runs are cut so that the parser stays linear. */
export const MAX_TOKEN_LENGTH = 100;

const patterns = new WeakMap<TokenLexicon, { plain: RegExp; withEmail: RegExp }>();
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/g;
const WORD_START = /[\p{L}\p{M}\p{N}]/uy;
const WORD_CHAR_AFTER = /[\p{L}\p{M}\p{N}]/uy;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^\p{L}(?:\.\p{L})+$/u;
const NEEDS_WORD_CUTS = /['’ʼ\-‐‑]/u;
const NUMBER_THEN_LETTER = /^\p{Nd}+\p{L}/u;
/** Only words are cut (not ":-)", URLs, e-mail addresses or host names). */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}_'’ʼ\-‐‑]*$/u;

function patternFor(lexicon: TokenLexicon, text: string): RegExp {
  let compiled = patterns.get(lexicon);
  if (compiled === undefined) {
    compiled = { plain: compileTokenPattern(lexicon, false), withEmail: compileTokenPattern(lexicon, true) };
    patterns.set(lexicon, compiled);
  }
  return text.includes('@') ? compiled.withEmail : compiled.plain;
}

function nextLineBreak(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.exec(text)?.index ?? Number.POSITIVE_INFINITY;
}

function isWordStart(text: string, at: number): boolean {
  WORD_START.lastIndex = at;
  return WORD_START.test(text);
}

/** The flag of a word followed by a dot that belongs to it, or 0. */
function abbreviationFlag(word: string, lexicon: TokenLexicon): number {
  if (word.includes('.')) return DOTTED_LETTERS.test(word) ? ACRONYM : 0;
  if (lexicon.prefixAbbreviations.has(word)) return PREFIX_ABBREVIATION;
  if (lexicon.abbreviations.has(word)) return FINAL_ABBREVIATION;
  return SINGLE_CAPITAL.test(word) ? ACRONYM : 0;
}

/**
 * Cut `text` into surface tokens in one pass of one precompiled regular expression, then apply
 * the language's word cuts (French elisions and clitics) and attach abbreviation dots.
 */
export function scanTokens(text: string, lexicon: TokenLexicon, report?: ScanReport): ScannedTokens {
  const out: ScannedTokens = { starts: [], ends: [], flags: [] };
  const pattern = patternFor(lexicon, text);
  pattern.lastIndex = 0;
  let lineBreak = nextLineBreak(text, 0);
  let previousEnd = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    let end = start + match[0].length;
    let flags = start > previousEnd ? SPACE_BEFORE : 0;
    if (lineBreak < start) {
      flags |= LINE_BEFORE;
      lineBreak = nextLineBreak(text, start);
    }
    const token = match[0];
    const isUrl = token.startsWith('http') || token.startsWith('www.');
    if (isUrl) {
      const trailer = URL_TRAILERS.exec(token);
      if (trailer !== null && trailer.index > 4) end = start + trailer.index;
    } else if (isWordStart(text, start)) {
      if (token.length > 2 && token.endsWith('.')) {
        flags |= ACRONYM;
      } else if (text.charCodeAt(end) === 0x2e) {
        const abbreviation = abbreviationFlag(token, lexicon);
        if (abbreviation !== 0) {
          flags |= abbreviation;
          end++;
        }
      } else if (
        isPossessiveApostrophe(text, end, token, lexicon) ||
        isElidedBeforeSign(text, end, token, lexicon)
      ) {
        end++;
      }
    }
    pattern.lastIndex = end;
    previousEnd = end;
    if (!isUrl && (NUMBER_THEN_LETTER.test(token) || NEEDS_WORD_CUTS.test(token)) && PLAIN_WORD.test(token)) {
      pushWithCuts(out, text, start, end, flags, lexicon, report);
    } else {
      pushBounded(out, text, start, end, flags, report);
    }
  }
  return out;
}

/** "L'« oasis »": an elided word keeps its apostrophe before a sign too. */
function isElidedBeforeSign(text: string, end: number, word: string, lexicon: TokenLexicon): boolean {
  const apostrophe = text[end];
  return (apostrophe === "'" || apostrophe === '’') && lexicon.elisions.has(word.toLowerCase());
}

function isPossessiveApostrophe(text: string, end: number, word: string, lexicon: TokenLexicon): boolean {
  if (!lexicon.possessiveApostrophe) return false;
  const apostrophe = text[end];
  if (apostrophe !== "'" && apostrophe !== '’') return false;
  const last = word[word.length - 1];
  if (last !== 's' && last !== 'S') return false;
  WORD_CHAR_AFTER.lastIndex = end + 1;
  return !WORD_CHAR_AFTER.test(text);
}

function pushWithCuts(
  out: ScannedTokens,
  text: string,
  start: number,
  end: number,
  flags: number,
  lexicon: TokenLexicon,
  report?: ScanReport,
): void {
  const word = text.slice(start, end);
  let from = 0;
  for (const cut of word.length <= MAX_TOKEN_LENGTH ? wordCuts(word, lexicon) : []) {
    pushBounded(out, text, start + from, start + cut, from === 0 ? flags & (LINE_BEFORE | SPACE_BEFORE) : 0);
    from = cut;
  }
  pushBounded(
    out,
    text,
    start + from,
    end,
    from === 0 ? flags : flags & ~(LINE_BEFORE | SPACE_BEFORE),
    report,
  );
}

/** Push one token, cut into pieces of at most MAX_TOKEN_LENGTH code units (never inside a surrogate pair). */
function pushBounded(
  out: ScannedTokens,
  text: string,
  start: number,
  end: number,
  flags: number,
  report?: ScanReport,
): void {
  if (end - start > MAX_TOKEN_LENGTH) {
    report?.(
      'syntax.token-too-long',
      `a token of ${end - start} characters was cut every ${MAX_TOKEN_LENGTH}`,
      { start, end },
    );
    let from = start;
    while (end - from > MAX_TOKEN_LENGTH) {
      let cut = from + MAX_TOKEN_LENGTH;
      const unit = text.charCodeAt(cut);
      if (unit >= 0xdc00 && unit <= 0xdfff && cut - 1 > from) cut--;
      out.starts.push(from);
      out.ends.push(cut);
      out.flags.push(from === start ? flags & (LINE_BEFORE | SPACE_BEFORE) : 0);
      from = cut;
    }
    out.starts.push(from);
    out.ends.push(end);
    out.flags.push(flags & ~(LINE_BEFORE | SPACE_BEFORE));
    return;
  }
  out.starts.push(start);
  out.ends.push(end);
  out.flags.push(flags);
}
