import type { SyntaxLanguage } from '../../types.js';
import { tokenizeText } from '../tokenize-text.js';

/** Each sentence as its token texts joined by " | ". */
export function sentenceTexts(text: string, language: SyntaxLanguage): string[] {
  return tokenizeText(text, language).map((sentence) =>
    sentence.tokens.map((token) => token.text).join(' | '),
  );
}

/** The token texts of the whole text joined by " | ". */
export function tokenTexts(text: string, language: SyntaxLanguage): string {
  return sentenceTexts(text, language).join(' | ');
}
