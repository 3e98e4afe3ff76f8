/**
 * The syntax layer's output: sentences, surface tokens and UD words with a labelled dependency
 * tree. Every span is a pair of UTF-16 offsets into the analysed text (the record's `text`).
 */

/** Universal part-of-speech tags (UD v2). */
export const UPOS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS_TAGS)[number];

/** A surface token of the text as the tokenizer cut it ("du", "l'", "-t-il", "don't" → "do" + "n't"). */
export interface SurfaceToken {
  start: number;
  end: number;
  /** The text between start and end (never rewritten). */
  text: string;
}

/** A sentence as the splitter found it: its span and its surface tokens. */
export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: SurfaceToken[];
}

/** One syntactic word (a CoNLL-U word line). A contraction's words share their token's span. */
export interface SyntaxWord {
  /** 1-based position in the sentence (CoNLL-U ID); 0 is the root. */
  id: number;
  /** The word form: the token text, or one part of a contraction ("de", "le" for "du"). */
  form: string;
  lemma: string;
  upos: Upos;
  /** Morphological features kept by the models (VerbForm, Voice, Mood, Tense, Person, Number, Polarity…). */
  feats: Readonly<Record<string, string>>;
  /** Id of the head word; 0 for the sentence root. */
  head: number;
  /** UD relation with its subtype (`nsubj:pass`, `obl:agent`). */
  deprel: string;
  start: number;
  end: number;
  /** Index of the surface token this word belongs to (in `SyntaxSentence.tokens`). */
  token: number;
}

export interface SyntaxSentence {
  start: number;
  end: number;
  tokens: SurfaceToken[];
  /** Words in order; `words[i].id === i + 1`. */
  words: SyntaxWord[];
}

export type SyntaxLanguage = 'fr' | 'en';

/** A tag another stage knows for the words of a span ("Hang" in "Hang said" is a name: PROPN). */
export interface TagHint {
  start: number;
  end: number;
  upos: Upos;
}

/**
 * A span another stage knows to be one phrase ("US Ambassador to the Philippines MaryKay Carlson"),
 * and the start of its head word ("MaryKay").
 */
export interface PhraseHint {
  start: number;
  end: number;
  head: number;
}

export interface SyntaxAnalysis {
  language: SyntaxLanguage;
  sentences: SyntaxSentence[];
  /**
   * Tags fixed for the words inside these spans, read when a sentence is parsed: an on-demand
   * analysis takes the hints a later stage adds before it first reads that sentence's words.
   */
  tagHints: TagHint[];
  /** Spans whose words must form one subtree, read when a sentence is parsed, like `tagHints`. */
  phraseHints: PhraseHint[];
}
