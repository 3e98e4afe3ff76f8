import type { TokenLexicon } from './token-lexicon.js';

/**
 * The alternatives of the tokenizer's one regular expression, tried in this order at each token
 * start. Every alternative either matches what becomes one token or fails within a bounded number
 * of characters, so that scanning stays linear on hostile text (no spaces, no punctuation).
 */
const URL = String.raw`(?:https?://|www\.)[^\s<>"«»“”]+`;
const EMAIL = String.raw`[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){1,8}`;
const FLAG_EMOJI = String.raw`\p{Regional_Indicator}{2}`;
const KEYCAP_EMOJI = String.raw`[0-9#*]\uFE0F?\u20E3`;
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]?`;
const EMOJI = String.raw`${PICTOGRAPH}(?:\u200D${PICTOGRAPH})*`;
const EMOTICON = String.raw`(?:[:;=][\-'^o]?[()\[\]DPpO3/\\|*](?![\p{L}\p{N}])|<3|\^_\^)`;
/** "U.S.", "e.g.", "J.-C." (the last dot may be cut off later when the acronym ends a sentence). */
const ACRONYM = String.raw`\p{L}(?:\.\p{L}(?![\p{L}\p{M}]))+\.?|\p{Lu}\.-\p{Lu}\.`;
/** "500 000", "1 234,5": French groups thousands with a (narrow) no-break space or a space. */
const SPACED_NUMBER = String.raw`\p{Nd}{1,3}(?:[ \u00A0\u202F]\p{Nd}{3})+(?:,\p{Nd}+)?(?!\p{Nd})`;
const NUMBER = String.raw`\p{Nd}+(?:[.,]\p{Nd}+)+`;
/** Letters and digits, joined by apostrophes and hyphens ("aujourd'hui", "a-t-il", "don't"). */
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[\-'’ʼ‐‑][\p{L}\p{M}\p{N}]+)*`;
const PUNCTUATION_RUN = String.raw`\.{2,}|[!?]{2,}|-{2,}|\*{2,}|={2,}|_{2,}|~{2,}`;
/** Anything else visible is a token of its own; control and format characters separate tokens. */
const OTHER = String.raw`[^\s\p{Cc}\p{Cf}]`;

/**
 * The compiled token pattern of a language (global, so `exec` skips separators); e-mail addresses
 * are looked for only in texts with an "@", as trying them costs up to 64 characters per word.
 */
export function compileTokenPattern(lexicon: TokenLexicon, withEmail: boolean): RegExp {
  const alternatives = withEmail ? [URL, EMAIL] : [URL];
  alternatives.push(FLAG_EMOJI, KEYCAP_EMOJI, EMOJI, EMOTICON, ACRONYM);
  if (lexicon.groupDigitsWithSpaces) alternatives.push(SPACED_NUMBER);
  alternatives.push(NUMBER, WORD, PUNCTUATION_RUN, OTHER);
  return new RegExp(alternatives.join('|'), 'gu');
}

/** Signs a URL does not end with ("see http://x.org." ends before the dot). */
export const URL_TRAILERS = /[.,;:!?'’)\]}]+$/u;
