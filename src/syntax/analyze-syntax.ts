import { cutSentences } from './cut-sentences.js';
import { parseSentences, parseSentencesOnDemand } from './parse-sentences.js';
import { syntaxModel } from './syntax-models.js';
import { tokenizeText } from './tokenize/tokenize-text.js';
import type { PhraseHint, SyntaxAnalysis, SyntaxLanguage, TagHint } from './types.js';

export type SyntaxReport = (ruleId: string, message: string, span?: { start: number; end: number }) => void;

export interface AnalyzeSyntaxOptions {
  /** Parse each sentence when its words are first read (the pipeline's mode) instead of all at once. */
  onDemand?: boolean;
  /** Offsets where a sentence must end whatever its punctuation (the end of a dateline). */
  sentenceEnds?: readonly number[];
}

/** Text → sentences → tokens → words with UPOS, features, lemmas and a dependency tree. */
export function analyzeSyntax(
  text: string,
  language: SyntaxLanguage,
  report?: SyntaxReport,
  options: AnalyzeSyntaxOptions = {},
): SyntaxAnalysis {
  const model = syntaxModel(language);
  const sentences = cutSentences(
    tokenizeText(text, language, report ? { report } : {}),
    options.sentenceEnds ?? [],
  );
  const tagHints: TagHint[] = [];
  const phraseHints: PhraseHint[] = [];
  const parse = options.onDemand ? parseSentencesOnDemand : parseSentences;
  return { language, sentences: parse(model, sentences, tagHints, phraseHints), tagHints, phraseHints };
}
