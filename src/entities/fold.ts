const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Matching key of a word: lower case, no diacritics, typographic apostrophe as ASCII; "à" keeps its accent (≠ "a"). */
export function foldWord(word: string): string {
  if (word === 'à' || word === 'À') return 'à';
  // Printable ASCII without a backtick: nothing to decompose, strip or replace, only the case to lower.
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’ʼ`´]/g, "'")
    .toLowerCase();
}
