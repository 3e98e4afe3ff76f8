import type { ActorMention } from './actor-mentions.js';
import type { ClauseArguments } from './clause-arguments.js';
import { determinedBy, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';

/** Function words the organ-addressee reading needs (folded). */
export interface OrganAddresseeWords {
  definiteDeterminers: ReadonlySet<string>;
  /** Head nouns of organs named again by their head alone ("the Commission", "le Conseil"). */
  organHeads: ReadonlySet<string>;
  /** Nouns of an organ's members ("membres", "members"): "les membres du Conseil" address the organ. */
  memberNouns: ReadonlySet<string>;
}

/**
 * The organisation an act addresses by its head noun alone ("called on **the Commission** to…",
 * "a demandé **au Conseil** de…", "a appelé les membres **du Conseil** à…"): the latest organisation
 * mentioned before it in the article whose name contains that noun ("European Commission President
 * Ursula von der Leyen"). Null when the act names no such addressee or no organisation before it
 * fits.
 */
export function organAddressee(
  tree: DependencyTree,
  args: ClauseArguments,
  mentions: readonly ActorMention[],
  words: OrganAddresseeWords,
): ActorMention | null {
  const named: SyntaxWord[] = [...args.patients, ...args.obliques.map((oblique) => oblique.word)];
  // "a appelé les autres membres du Conseil à…": an organ's members stand for the organ.
  const heads = named.flatMap((head) =>
    words.memberNouns.has(lemmaKey(head)) ? tree.dependents(head, 'nmod') : [head],
  );
  for (const head of heads) {
    const noun = lemmaKey(head);
    if (!words.organHeads.has(noun) || !determinedBy(tree, head, words.definiteDeterminers)) continue;
    if (tree.dependents(head, 'nmod', 'amod', 'compound', 'flat').length > 0) continue;
    const named = (mention: ActorMention): boolean =>
      mention.type === 'organization' &&
      mention.end <= head.start &&
      mention.name.split(/[\s'’-]+/u).some((word) => foldWord(word) === noun);
    const antecedent = mentions.filter(named).at(-1);
    if (antecedent) return antecedent;
  }
  return null;
}
