import { foldWord } from '../entities/fold.js';

/** A word or punctuation sign of the record text, as the event matcher sees it. */
export interface EventToken {
  start: number;
  end: number;
  raw: string;
  /** Matching key: lower case, no diacritics. */
  fold: string;
  isWord: boolean;
  /** A line break separates this token from the previous one. */
  lineBefore: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
/** Apostrophes and hyphens join words ("s'est", "cessez-le-feu"); the matcher skips them. */
const JOINERS = new Set(["'", '’', 'ʼ', '-', '‑', '–']);

/** Tokenize text in one linear pass, dropping word joiners so patterns see "s est entretenu". */
export function tokenizeForEvents(text: string, offset = 0): EventToken[] {
  const tokens: EventToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const lineBefore = text.slice(previousEnd, start).includes('\n');
    previousEnd = start + raw.length;
    if (JOINERS.has(raw) && !lineBefore) continue;
    tokens.push({
      start: start + offset,
      end: start + raw.length + offset,
      raw,
      fold: foldWord(raw),
      isWord: WORD.test(raw),
      lineBefore,
    });
  }
  return tokens;
}
