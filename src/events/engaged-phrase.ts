import type { ArgumentWords } from './argument-words.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import type { SyntaxWord } from '../syntax/types.js';

/**
 * The preposition of a noun cue's phrase set off by a comma that tells what a party is engaged in
 * ("…, Yerzhan Sadenov, **en** visite officielle au Vietnam", "…, **on** an official visit to…"), or
 * null when the cue heads no such phrase.
 */
function engagedMarker(tree: DependencyTree, cue: SyntaxWord, words: ArgumentWords): SyntaxWord | null {
  if (!hasRelation(cue, 'nmod') && !hasRelation(cue, 'acl') && !hasRelation(cue, 'appos')) return null;
  const marker = tree.dependents(cue, 'case')[0];
  if (!marker || !words.engagedPrepositions.has(lemmaKey(marker))) return null;
  return marker.id >= 3 && tree.word(marker.id - 1)?.form === ',' ? marker : null;
}

/** Whether a noun cue heads such a phrase ("X, **en visite** au Vietnam"). */
export function engagedPhrase(tree: DependencyTree, cue: SyntaxWord, words: ArgumentWords): boolean {
  return engagedMarker(tree, cue, words) !== null;
}

/**
 * The party a noun cue's phrase describes as engaged in the act ("le président chilien Gabriel Boric,
 * **en visite** d'État au Vietnam", "the minister, **on** an official **visit** to Laos"): the noun the
 * phrase hangs on, when it is a party itself (not a ceremony held in its honour), else the party right
 * before the comma that sets the phrase off.
 */
export function engagedPerson(
  tree: DependencyTree,
  cue: SyntaxWord,
  words: ArgumentWords,
  isActorWord: (word: SyntaxWord) => boolean,
): SyntaxWord | undefined {
  const marker = engagedMarker(tree, cue, words);
  if (!marker) return undefined;
  const isParty = (word: SyntaxWord | undefined): word is SyntaxWord =>
    word !== undefined && (word.upos === 'NOUN' || word.upos === 'PROPN') && isActorWord(word);
  const head = tree.head(cue);
  if (isParty(head) && head.id < cue.id) return head;
  // The parser may have hung it elsewhere: the party right before the comma.
  let before = tree.word(marker.id - 2);
  while (before && hasRelation(before, 'flat')) before = tree.head(before);
  return isParty(before) ? before : undefined;
}
