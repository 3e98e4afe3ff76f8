import { normalizeApostrophes, type TokenLexicon } from './token-lexicon.js';

const APOSTROPHES = "'’ʼ";
const HYPHENS = '-‐‑';
/** "20h30", "160km", "5pm": digits, letters (a unit when the lexicon lists them), maybe digits. */
const NUMBER_UNIT = /^(\p{Nd}+)(\p{L}+)\p{Nd}*$/u;
/** Phone numbers stay one token: "713-555-0142", "555-0142", "3-5213" (not year ranges, "2003-2007"). */
const PHONE_NUMBER = /^\p{Nd}{1,3}(?:[-‐‑]\p{Nd}{3})*[-‐‑]\p{Nd}{4}$/u;

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

/** Elided words keep their apostrophe: "l'" "avion", "qu'" "il", "jusqu'" "à"; returns where the rest starts. */
function cutElisions(word: string, lexicon: TokenLexicon, cuts: number[]): number {
  let from = 0;
  for (;;) {
    const apostrophe = firstApostrophe(word, from);
    if (apostrophe <= from || apostrophe === word.length - 1) return from;
    if (!lexicon.elisions.has(word.slice(from, apostrophe).toLowerCase())) return from;
    from = apostrophe + 1;
    cuts.push(from);
    if (isWhole(word.slice(from), lexicon)) return word.length;
  }
}

/** Inverted and imperative clitics keep their hyphen: "a" "-t-il", "donnez" "-le" "-moi". */
function cutClitics(word: string, from: number, lexicon: TokenLexicon, cuts: number[]): void {
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
  if (clitics.length > 0 && isWhole(word.slice(from), lexicon)) return;
  for (let i = clitics.length - 1; i >= 0; i--) cuts.push(clitics[i]!);
}

/** Every hyphen is a token of its own ("two" "-" "state"), unless the first part is a prefix ("non-", "e-"). */
function cutHyphens(word: string, from: number, lexicon: TokenLexicon, cuts: number[]): void {
  let first = -1;
  for (let i = from + 1; i < word.length - 1; i++) {
    if (!HYPHENS.includes(word[i]!)) continue;
    if (first < 0) {
      first = i;
      if (lexicon.hyphenPrefixes.has(word.slice(from, i).toLowerCase())) return;
      if (PHONE_NUMBER.test(word.slice(from))) return;
    }
    cuts.push(i, i + 1);
  }
}

/** A number glued to a unit stands apart from it: "20" "h" "30", "160" "km", "5" "pm". */
function cutNumberUnit(word: string, lexicon: TokenLexicon, cuts: number[]): void {
  const match = NUMBER_UNIT.exec(word);
  if (match === null || !lexicon.numberUnits.has(match[2]!)) return;
  const unitStart = match[1]!.length;
  const unitEnd = unitStart + match[2]!.length;
  cuts.push(unitStart);
  if (unitEnd < word.length) cuts.push(unitEnd);
}

/**
 * Where a word made of letters, digits, apostrophes and hyphens is cut into surface tokens, as
 * the language's treebank does (French GSD/Sequoia: elisions and clitics off, compounds whole;
 * English EWT: hyphens off except after prefixes; both: numbers off their units). Returns the cut positions inside `word` in
 * increasing order (empty when the word stays whole).
 */
export function wordCuts(word: string, lexicon: TokenLexicon): number[] {
  const cuts: number[] = [];
  if (isWhole(word, lexicon)) return cuts;
  cutNumberUnit(word, lexicon, cuts);
  if (cuts.length > 0) return cuts;
  const from = cutElisions(word, lexicon, cuts);
  if (from >= word.length) return cuts;
  if (lexicon.splitHyphens) cutHyphens(word, from, lexicon, cuts);
  else cutClitics(word, from, lexicon, cuts);
  return cuts;
}
