// A capitalised word or an acronym: "Nguyen", "Đại", "FPV", "CCPPC", "O'Neill", "Vietnam-Chine".
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const LETTER = /\p{L}/gu;

/** Number of letters in a text. */
export function countLetters(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/**
 * The text with capitalised words and acronyms blanked out, so that proper names (Vietnamese,
 * Russian, Chinese names; agency acronyms) do not vote on the language of the words around them.
 */
export function maskProperNames(text: string): string {
  return text.replace(CAPITALISED_WORD, ' ');
}
