import { normalizeApostrophes, type TokenLexicon } from './token-lexicon.js';

const APOSTROPHES = "'’ʼ";
const HYPHENS = '-‐‑';

function lastHyphen(word: string, from: number, before: number): number {
  for (let i = before - 1; i > from; i--) if (HYPHENS.includes(word[i]!)) return i;
  return -1;
}

function firstApostrophe(word: string, from: number): number {
  for (let i = from; i < word.length; i++) if (APOSTROPHES.includes(word[i]!)) return i;
  return -1;
}

function isWhole(word: string, lexicon: TokenLexicon): boolean {
  return lexicon.wholeWords.has(normalizeApostrophes(word.toLowerCase()));
}

/**
 * Where a French word is cut, as UD GSD and Sequoia do: elided words keep their apostrophe
 * ("l'", "qu'", "jusqu'"), inverted and imperative clitics keep their hyphen ("a" "-t-il",
 * "donnez" "-le" "-moi"); compounds and the words of `wholeWords` stay one token. Returns the
 * cut positions inside `word` in increasing order (empty when the word stays whole).
 */
export function frenchWordCuts(word: string, lexicon: TokenLexicon): number[] {
  const cuts: number[] = [];
  if (isWhole(word, lexicon)) return cuts;
  let from = 0;
  for (;;) {
    const apostrophe = firstApostrophe(word, from);
    if (apostrophe <= from || apostrophe === word.length - 1) break;
    const elided = word.slice(from, apostrophe);
    if (!lexicon.elisions.has(elided.toLowerCase())) break;
    from = apostrophe + 1;
    cuts.push(from);
    if (isWhole(word.slice(from), lexicon)) return cuts;
  }
  const clitics: number[] = [];
  let end = word.length;
  for (;;) {
    let hyphen = lastHyphen(word, from, end);
    if (hyphen < 0 || !lexicon.hyphenClitics.has(word.slice(hyphen + 1, end).toLowerCase())) break;
    const euphonicT = hyphen - 2;
    if (euphonicT > from && HYPHENS.includes(word[euphonicT]!) && 'tT'.includes(word[hyphen - 1]!))
      hyphen = euphonicT;
    clitics.push(hyphen);
    end = hyphen;
  }
  if (clitics.length > 0 && isWhole(word.slice(from), lexicon)) return cuts;
  for (let i = clitics.length - 1; i >= 0; i--) cuts.push(clitics[i]!);
  return cuts;
}
