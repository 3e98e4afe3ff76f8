import type { SyntaxLanguage, TokenizedSentence } from '../types.js';
import { scanTokens, type ScanReport } from './scan-tokens.js';
import { splitSentences } from './split-sentences.js';
import { loadTokenLexicon } from './token-lexicon.js';

export interface TokenizeOptions {
  /** Added to every offset (the position of `text` inside the record's text). */
  offset?: number;
  /** Receives a diagnostic when a bound is hit (`syntax.token-too-long`, `syntax.sentence-too-long`). */
  report?: ScanReport;
}

/**
 * Text → sentences of surface tokens, cut as the UD treebanks the models learn from cut them
 * (French GSD/Sequoia, English EWT). Offsets are UTF-16 units into `text` plus `options.offset`,
 * and `text.slice(start - offset, end - offset) === token.text`. Never throws on any string.
 */
export function tokenizeText(
  text: string,
  language: SyntaxLanguage,
  options: TokenizeOptions = {},
): TokenizedSentence[] {
  const lexicon = loadTokenLexicon(language);
  const scanned = scanTokens(text, lexicon, options.report);
  return splitSentences(text, scanned, lexicon, options.offset ?? 0, options.report);
}
