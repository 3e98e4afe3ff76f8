// A capitalised word or an acronym: "Nguyen", "Đại", "FPV", "CCPPC", "O'Neill", "Vietnam-Chine".
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const LETTERS = /\p{L}+/gu;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Number of code points in the runs that `runs` (global, unicode, a character class repeated) finds:
 * a count per run rather than a match per character, so that no array of a text's letters is made.
 * Counting stops once it reaches `enough`.
 */
export function countInRuns(text: string, runs: RegExp, enough = Number.POSITIVE_INFINITY): number {
  const astral = SURROGATE.test(text);
  let count = 0;
  runs.lastIndex = 0;
  for (let match = runs.exec(text); match && count < enough; match = runs.exec(text)) {
    const run = match[0];
    // A run of whole code points: each low surrogate in it ends a pair counted by its high one.
    count += astral ? run.length - (run.match(/[\uDC00-\uDFFF]/g)?.length ?? 0) : run.length;
  }
  return count;
}

/** Number of letters (code points) in a text. */
export function countLetters(text: string): number {
  return countInRuns(text, LETTERS);
}

/** Whether a text has at least `minimum` letters (read no further than that). */
export function hasLetters(text: string, minimum: number): boolean {
  return countInRuns(text, LETTERS, minimum) >= minimum;
}

/**
 * The text with capitalised words and acronyms blanked out, so that proper names (Vietnamese,
 * Russian, Chinese names; agency acronyms) do not vote on the language of the words around them.
 */
export function maskProperNames(text: string): string {
  return text.replace(CAPITALISED_WORD, ' ');
}
