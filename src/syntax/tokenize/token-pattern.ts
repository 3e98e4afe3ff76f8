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
/** "3,5", "1,500.25", "08/16/2000", "12:05", "1/100". */
const NUMBER = String.raw`\p{Nd}+(?:[.,:/]\p{Nd}+)+`;
/** "-0,8", "+14", "−3": a sign glued to a number after a space or a bracket. */
const SIGNED_NUMBER = String.raw`(?<![^\s(\[])[\-+−]\p{Nd}+(?:[.,:/]\p{Nd}+)*`;
/** "n°", "N°", "°C", "°F". */
const DEGREE_SIGNS = String.raw`[nN]°|°[CF](?!\p{L})`;
/**
 * "example.com", "news.gov.uk", "report_2024.pdf": host and file names (bounded, so a long dotted
 * run costs little per start).
 */
const HOST_OR_FILE = String.raw`[\p{L}\p{N}][\p{L}\p{N}_\-]{0,62}(?:\.[\p{L}\p{N}_\-]{1,63}){0,4}\.(?:com|org|net|edu|gov|int|info|biz|io|co|fr|uk|us|ca|de|be|ch|eu|vn|cn|ru|jp|pdf|docx?|xlsx?|pptx?|html?|txt|csv|zip|jpe?g|png|gif)(?![\p{L}\p{N}])`;
/** "#hashtag". */
const HASHTAG = String.raw`#[\p{L}\p{N}_]{1,100}`;
/** Letters and digits, joined by apostrophes and hyphens ("aujourd'hui", "a-t-il", "don't"). */
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[\-'’ʼ‐‑_][\p{L}\p{M}\p{N}]+)*`;
const PUNCTUATION_RUN = String.raw`\.{2,}|[!?]{2,}|-{2,}|\*{2,}|={2,}|_{2,}|~{2,}|<{2,}|>{2,}|\${2,}`;
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
  alternatives.push(SIGNED_NUMBER, NUMBER, DEGREE_SIGNS, HOST_OR_FILE, HASHTAG, WORD, PUNCTUATION_RUN, OTHER);
  return new RegExp(alternatives.join('|'), 'gu');
}

/** Signs a URL does not end with ("see http://x.org." ends before the dot). */
export const URL_TRAILERS = /[.,;:!?'’)\]}]+$/u;
