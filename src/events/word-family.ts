/**
 * Letters of a folded word that name its word family: "préoccupation" and "préoccupé", "sanction"
 * and "sanctions", "condemned" and "condemnation" share theirs; "décision" and "décidé" do not.
 */
const FAMILY_LETTERS = 6;

/** The word family of one folded word: its first letters. */
export function wordFamily(folded: string): string {
  return folded.slice(0, FAMILY_LETTERS);
}

/** The word families of the words of a folded text, in order. */
export function wordFamilies(folded: string): string[] {
  return (folded.match(/\p{L}+/gu) ?? []).map(wordFamily);
}
