/** Matching key of a word: lower case, no diacritics, typographic apostrophe as ASCII. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’ʼ`´]/g, "'")
    .toLowerCase();
}
