import type { ActorMention } from './actor-mentions.js';
import type { ClauseArguments } from './clause-arguments.js';
import { lemmaKey, type DependencyTree } from './dependency-tree.js';
import type { SyntaxWord } from '../syntax/types.js';

/** Nouns of what a body adopts or rules (folded, `event-grammar.json`). */
export interface InstrumentWords {
  /** An instrument named as such ("résolution", "arrêt", "resolution", "ruling"). */
  instrumentNouns: ReadonlySet<string>;
  /** The act of adopting one, with the instrument or a text as its complement ("l'adoption du texte"). */
  instrumentActs: ReadonlySet<string>;
  /** A text that such an act names ("texte", "text"). */
  instrumentTexts: ReadonlySet<string>;
}

/** Whether a phrase head names an instrument: "la résolution", "l'adoption du texte", "the vote on the resolution". */
function namesInstrument(tree: DependencyTree, head: SyntaxWord, words: InstrumentWords): boolean {
  if (head.upos !== 'NOUN') return false;
  const noun = lemmaKey(head);
  if (words.instrumentNouns.has(noun)) return true;
  if (!words.instrumentActs.has(noun)) return false;
  return tree
    .dependents(head, 'nmod')
    .some((text) => words.instrumentNouns.has(lemmaKey(text)) || words.instrumentTexts.has(lemmaKey(text)));
}

/**
 * "La Russie a dénoncé une résolution « contre-productive »", "Les Etats-Unis ont salué l'adoption du
 * texte", "rejected the ruling": a judgement of an instrument whose phrase names no party is aimed at
 * the body that adopted or handed it down, the latest organisation the article named before the
 * instrument (the assembly, the board, the court), unless that body is the judge's own. Null when
 * the judgement's object is no instrument or no organisation was named before it.
 */
export function instrumentAuthor(
  tree: DependencyTree,
  args: ClauseArguments,
  mentions: readonly ActorMention[],
  words: InstrumentWords,
  judges: readonly ActorMention[],
): ActorMention | null {
  const instrument = args.patients.find((head) => namesInstrument(tree, head, words));
  if (!instrument) return null;
  const own = new Set(judges.map((judge) => judge.code));
  const body = mentions
    .filter((mention) => mention.type === 'organization' && mention.end <= instrument.start)
    .at(-1);
  return body && !own.has(body.code) ? body : null;
}
