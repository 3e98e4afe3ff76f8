import { foldWord } from '../entities/fold.js';

/** A word or punctuation sign of the record text, as the event matcher sees it. */
export interface EventToken {
  start: number;
  end: number;
  raw: string;
  /** Matching key: lower case, no diacritics. */
  fold: string;
  /** The fold's first three letters, the key under which lexicon prefixes are indexed. */
  head: string;
  isWord: boolean;
  /** A line break separates this token from the previous one. */
  lineBefore: boolean;
}

/** Numbers keep their decimal and thousands separators ("5.1", "500.000") so gaps can skip them. */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
/** Apostrophes and hyphens join words ("s'est", "cessez-le-feu"); the matcher skips them. */
const JOINERS = new Set(["'", '’', 'ʼ', '-', '‑', '–']);

/**
 * Words repeat across a corpus: folding each spelling once saves most of the tokenizer's time. Kept
 * well below an analysis worker's heap cap (see the tagger's KNOWN_FORMS_LIMIT).
 */
const FOLD_CACHE_LIMIT = 40_000;
/** Length of a token's `head`, the prefix key of the pattern matcher. */
export const HEAD_LENGTH = 3;

interface FoldKeys {
  fold: string;
  head: string;
}

const folds = new Map<string, FoldKeys>();

/** A spelling's fold and head, made once: every matcher then looks up the same strings, hashed once. */
function cachedFold(raw: string): FoldKeys {
  let keys = folds.get(raw);
  if (keys === undefined) {
    if (folds.size >= FOLD_CACHE_LIMIT) folds.clear();
    const fold = foldWord(raw);
    keys = { fold, head: fold.slice(0, HEAD_LENGTH) };
    folds.set(raw, keys);
  }
  return keys;
}

/** Tokenize text in one linear pass, dropping word joiners so patterns see "s est entretenu". */
export function tokenizeForEvents(text: string, offset = 0): EventToken[] {
  const tokens: EventToken[] = [];
  let nextLineBreak = text.indexOf('\n');
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const lineBefore = nextLineBreak >= 0 && nextLineBreak < start;
    if (lineBefore) nextLineBreak = text.indexOf('\n', start);
    if (JOINERS.has(raw) && !lineBefore) continue;
    const { fold, head } = cachedFold(raw);
    tokens.push({
      start: start + offset,
      end: start + raw.length + offset,
      raw,
      fold,
      head,
      isWord: WORD.test(raw),
      lineBefore,
    });
  }
  return tokens;
}
