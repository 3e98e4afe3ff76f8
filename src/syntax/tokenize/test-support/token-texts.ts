import type { SyntaxLanguage } from '../../types.js';
import { tokenizeText } from '../tokenize-text.js';

/** The token texts of each sentence. */
export function sentenceTexts(text: string, language: SyntaxLanguage): string[][] {
  return tokenizeText(text, language).map((sentence) => sentence.tokens.map((token) => token.text));
}

/** The token texts of the whole text. */
export function tokenTexts(text: string, language: SyntaxLanguage): string[] {
  return sentenceTexts(text, language).flat();
}
