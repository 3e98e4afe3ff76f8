import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import { mentionsBetween } from './clause-roles.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { phraseMention } from './tree-sides.js';

/** Most tokens looked back for the office an anaphor names (about a long agency article). */
const LOOKBACK_TOKENS = 3000;

/** Words of one language that role anaphora needs (folded). */
export interface RoleAnaphoraWords {
  /** Determiners that open a role anaphor ("le", "the"). */
  definite: ReadonlySet<string>;
  /** Modifiers that make another office of the same noun ("Premier ministre", "deputy minister"). */
  rankWords: ReadonlySet<string>;
  /** Other forms of one office noun, folded, to the form they stand for ("ambassadrice" → "ambassadeur"). */
  officeForms: ReadonlyMap<string, string>;
  /** Prepositions of an addressee ("à", "to", "with"): a body addressed is not the one that goes on to act. */
  addressee: ReadonlySet<string>;
}

/**
 * Whom a role anaphor stands for ("L'ambassadeur a promis…", "the minister added"): the latest
 * earlier phrase whose head is the same office noun with no rank word of its own ("l'ambassadeur
 * **indonésien**", "the **Indonesian** ambassador", "le vice-ministre **Le Hoai Trung**", not "le
 * **Premier** ministre" for "le ministre"), read on its tree; a body's capitalised name counts ("According to
 * India's **Ministry** of External Affairs"), a phrase addressed ("sent to the Indian Ministry…") does not. Null when the anaphor is no role noun or
 * no such phrase names an actor; the caller then falls back to the last subject.
 */
export function roleAntecedent(
  anaphor: { first: number; end: number },
  state: ArticleState,
  words: RoleAnaphoraWords,
): ActorMention | null {
  const { tokens, trees } = state;
  if (!trees || anaphor.end - anaphor.first < 2) return null;
  if (!words.definite.has(tokens[anaphor.first]!.fold)) return null;
  const officeOf = (fold: string): string => words.officeForms.get(fold) ?? fold;
  const office = officeOf(tokens[anaphor.end - 1]!.fold);
  const ranks = new Set<string>();
  for (let i = anaphor.first + 1; i < anaphor.end - 1; i++)
    if (words.rankWords.has(tokens[i]!.fold)) ranks.add(tokens[i]!.fold);
  const floor = Math.max(0, anaphor.first - LOOKBACK_TOKENS);
  for (let i = anaphor.first - 1; i >= floor; i--) {
    const token = tokens[i]!;
    if (officeOf(token.fold) !== office) continue;
    const tree = trees.at(token.start);
    const head = tree?.wordsIn(token.start, token.end)[0];
    // A body's capitalised name ("India's **Ministry** of External Affairs") is its office noun too.
    if (!tree || !head || (head.upos !== 'NOUN' && head.upos !== 'PROPN')) continue;
    if (!sameRank(tree, head, ranks, words)) continue;
    const phrase = nounPhraseHead(tree, head);
    if (tree.dependents(phrase, 'case').some((mark) => words.addressee.has(lemmaKey(mark)))) continue;
    const mentions = mentionsBetween(state.mentions, tree.sentence.start, tree.sentence.end);
    const mention = phraseMention(tree, phrase, mentions);
    if (mention && mention.type !== 'place') return mention;
    // The nearest body named by its capitalised name is the one meant, known state or not: no older one.
    if (head.upos === 'PROPN') return null;
  }
  return null;
}

/** "Premier ministre" is no "ministre": the rank words on the office noun are the anaphor's own. */
function sameRank(
  tree: DependencyTree,
  head: SyntaxWord,
  ranks: ReadonlySet<string>,
  words: RoleAnaphoraWords,
): boolean {
  const found = tree
    .dependents(head, 'amod', 'compound', 'flat')
    .map((word) => foldWord(word.form))
    .filter((fold) => words.rankWords.has(fold));
  return found.length === ranks.size && found.every((fold) => ranks.has(fold));
}

/** A title the parser hung on the name it precedes ("vice-ministre Le Hoai Trung") reads through its name. */
function nounPhraseHead(tree: DependencyTree, head: SyntaxWord): SyntaxWord {
  const name = tree.head(head);
  return name && name.upos === 'PROPN' && (hasRelation(head, 'nmod') || hasRelation(head, 'compound'))
    ? name
    : head;
}
