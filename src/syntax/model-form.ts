/** Typographic apostrophes and primes that agency text uses where the treebanks write U+0027. */
const APOSTROPHES = /[\u2019\u2018\u02BC\u2032\u00B4\u0060]/gu;

/**
 * The form the models see for a word: typographic apostrophes as the ASCII one, since the French
 * treebanks contain none ("d’entreprises", "l’ambassade" would otherwise be unknown words). Same
 * length, so offsets computed on the original text are unaffected; the word keeps its printed form.
 */
export function modelForm(form: string): string {
  return form.replace(APOSTROPHES, "'");
}
