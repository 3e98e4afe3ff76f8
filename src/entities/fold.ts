/** Matching key of a word: lower case, no diacritics, typographic apostrophe as ASCII; "à" keeps its accent (≠ "a"). */
export function foldWord(word: string): string {
  if (word === 'à' || word === 'À') return 'à';
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’ʼ`´]/g, "'")
    .toLowerCase();
}
