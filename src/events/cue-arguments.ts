import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import { clauseArguments, speakerArguments, type ClauseArguments } from './clause-arguments.js';
import { mentionsBetween } from './clause-roles.js';
import type { CompiledPack } from './compiled-pack.js';
import type { DependencyTree } from './dependency-tree.js';
import { speakerAboveEmbeddedClause } from './embedded-conjunct.js';
import type { CueEntry } from './event-lexicon.js';
import { PLOVER_QUAD } from './plover-mapping.js';
import { phraseMention } from './tree-sides.js';

/** The sentence's mentions a cue may take as sides, and the arguments of its predicate. */
export interface CueArguments {
  mentions: ActorMention[];
  /** The phrase a head word leads names a person, organisation or state. */
  namesActor: (head: SyntaxWord) => boolean;
  /** The head word itself is part of such a mention (what frames ask of an argument). */
  isActor: (head: SyntaxWord) => boolean;
  args: ClauseArguments;
}

/** Read a cue's arguments on its tree: a speaker row's speech act, else its own clause's. */
export function cueArguments(
  tree: DependencyTree,
  cueWord: SyntaxWord,
  entry: CueEntry,
  state: ArticleState,
  pack: CompiledPack,
  isCueHead: (word: SyntaxWord) => boolean,
): CueArguments {
  const words = pack.tree.arguments;
  // State mentions leave out datelines ("Hanoi, 7 mai (VNA) -"): where the report comes from.
  const mentions = mentionsBetween(state.mentions, tree.sentence.start, tree.sentence.end);
  const namesActor = (head: SyntaxWord): boolean => {
    const mention = phraseMention(tree, head, mentions);
    return mention !== null && mention.type !== 'place';
  };
  // A frame asks what the argument is, not what its complements name ("un don du Vietnam" is no visitor).
  const isActor = (head: SyntaxWord): boolean =>
    mentions.some((m) => m.type !== 'place' && m.start < head.end && m.end > head.start);
  const args =
    (entry.speaker ? speakerArguments(tree, cueWord, words) : null) ??
    clauseArguments(tree, cueWord, words, entry.patient, namesActor, isCueHead, isActor);
  // A statement's speaker, not the act a clause under it tells ("…which killed 100 people, and called on").
  const quad = entry.event ? PLOVER_QUAD[entry.event] : 0;
  const speakers =
    quad === 1 || quad === 3
      ? speakerAboveEmbeddedClause(tree, cueWord, args.agents, words, namesActor)
      : null;
  return { mentions, namesActor, isActor, args: speakers ? { ...args, agents: speakers } : args };
}

/** Whether a word lies in one of the article's date mentions ("on **Monday**"). */
export function inDateMention(state: ArticleState): (word: SyntaxWord) => boolean {
  return (word) => state.record.dates.some((date) => date.start <= word.start && word.end <= date.end);
}
