import { parseSentences } from './parse-sentences.js';
import { syntaxModel } from './syntax-models.js';
import { tokenizeText } from './tokenize/tokenize-text.js';
import type { SyntaxAnalysis, SyntaxLanguage } from './types.js';

export type SyntaxReport = (ruleId: string, message: string, span?: { start: number; end: number }) => void;

/** Text → sentences → tokens → words with UPOS, features, lemmas and a dependency tree. */
export function analyzeSyntax(text: string, language: SyntaxLanguage, report?: SyntaxReport): SyntaxAnalysis {
  const model = syntaxModel(language);
  const sentences = tokenizeText(text, language, report ? { report } : {});
  return { language, sentences: parseSentences(model, sentences) };
}
