import { modelForm } from './model-form.js';
import type { SyntaxModel, WordAnalysis } from './syntax-model.js';
import type { PhraseHint, SyntaxSentence, SyntaxWord, TagHint, TokenizedSentence, Upos } from './types.js';

/** Split each sentence's tokens into words, then tag, lemmatise and parse them (all tagged, then all parsed). */
export function parseSentences(
  model: SyntaxModel,
  sentences: readonly TokenizedSentence[],
  hints: readonly TagHint[] = [],
  phrases: readonly PhraseHint[] = [],
): SyntaxSentence[] {
  const split = sentences.map((sentence) => splitWords(model, sentence));
  const analyses = model.analyzeSentences(
    split.map(({ forms }) => forms.map(modelForm)),
    split.map(({ spans }, s) => hintedTags(spans, sentences[s]!, hints)),
    split.map(({ spans }, s) => hintedPhrases(spans, sentences[s]!, phrases)),
  );
  return sentences.map((sentence, s) => sentenceOf(sentence, split[s]!, analyses[s]!));
}

/**
 * The same sentences, each parsed the first time its `words` are read, then kept. Event coding
 * reads the trees of the sentences that hold a cue only, so an article costs the parser its
 * cue-bearing sentences; a reader that walks every sentence's words gets every tree.
 */
export function parseSentencesOnDemand(
  model: SyntaxModel,
  sentences: readonly TokenizedSentence[],
  hints: readonly TagHint[] = [],
  phrases: readonly PhraseHint[] = [],
): SyntaxSentence[] {
  return sentences.map((sentence) => {
    let words: SyntaxWord[] | null = null;
    const lazy = { start: sentence.start, end: sentence.end, tokens: sentence.tokens } as SyntaxSentence;
    Object.defineProperty(lazy, 'words', {
      enumerable: true,
      get: () => (words ??= parseSentence(model, sentence, hints, phrases).words),
    });
    return lazy;
  });
}

export function parseSentence(
  model: SyntaxModel,
  sentence: TokenizedSentence,
  hints: readonly TagHint[] = [],
  phrases: readonly PhraseHint[] = [],
): SyntaxSentence {
  const split = splitWords(model, sentence);
  const analysis = model.analyzeWords(
    split.forms.map(modelForm),
    hintedTags(split.spans, sentence, hints),
    hintedPhrases(split.spans, sentence, phrases),
  );
  return sentenceOf(sentence, split, analysis);
}

/** A sentence's words: each surface token split into its UD words, with their spans. */
interface SplitWords {
  forms: string[];
  /** Start, end and surface token index of each word. */
  spans: Array<[number, number, number]>;
}

function splitWords(model: SyntaxModel, sentence: TokenizedSentence): SplitWords {
  const pieces = model.mwt.split(sentence.tokens.map((token) => modelForm(token.text)));
  const forms: string[] = [];
  const spans: Array<[number, number, number]> = [];
  pieces.forEach((parts, tokenIndex) => {
    const token = sentence.tokens[tokenIndex]!;
    for (const part of parts) {
      // A whole token keeps its printed characters; the models read the normalised ones (same length).
      forms.push(parts.length === 1 ? token.text : part.form);
      spans.push([token.start + part.start, token.start + part.end, tokenIndex]);
    }
  });
  return { forms, spans };
}

function sentenceOf(
  sentence: TokenizedSentence,
  { forms, spans }: SplitWords,
  analysis: WordAnalysis,
): SyntaxSentence {
  const words: SyntaxWord[] = forms.map((form, i) => {
    const [start, end, token] = spans[i]!;
    return {
      id: i + 1,
      form,
      lemma: analysis.lemmas[i]!,
      upos: analysis.upos[i]!,
      feats: analysis.feats[i]!,
      head: analysis.heads[i]!,
      deprel: analysis.deprels[i]!,
      start,
      end,
      token,
    };
  });
  return { start: sentence.start, end: sentence.end, tokens: sentence.tokens, words };
}

/** Each word's fixed tag: the hint whose span holds the word, if any (null when no hint falls in the sentence). */
function hintedTags(
  spans: ReadonlyArray<readonly [number, number, number]>,
  sentence: TokenizedSentence,
  hints: readonly TagHint[],
): Array<Upos | undefined> | null {
  const inside = hints.filter((hint) => hint.start < sentence.end && hint.end > sentence.start);
  if (inside.length === 0) return null;
  return spans.map(([start, end]) => inside.find((hint) => hint.start <= start && end <= hint.end)?.upos);
}

/**
 * The phrase hints inside a sentence as [first, last, head] word positions (1-based): a phrase of
 * two words or more whose edges and head fall on word starts and ends.
 */
function hintedPhrases(
  spans: ReadonlyArray<readonly [number, number, number]>,
  sentence: TokenizedSentence,
  phrases: readonly PhraseHint[],
): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  for (const phrase of phrases) {
    if (phrase.start < sentence.start || phrase.end > sentence.end) continue;
    const first = spans.findIndex(([start]) => start === phrase.start);
    const last = spans.findIndex(([, end]) => end === phrase.end);
    const head = spans.findIndex(([start]) => start === phrase.head);
    if (first >= 0 && last > first && head >= first && head <= last)
      found.push([first + 1, last + 1, head + 1]);
  }
  return found;
}
