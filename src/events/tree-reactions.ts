import { foldWord } from '../entities/fold.js';
import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import { determinedBy, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { wordFamily } from './word-family.js';

/** Judgements that may be aimed at an act told before them. */
const REACTIONS = new Set<PloverType>(['ACCUSE', 'REJECT', 'SUPPORT']);

/** Words that show a judgement's object is an act told earlier (`event-grammar.json`). */
export interface ReactionWords {
  /** Nouns naming an act or a step ("décision", "mesure", "move", "sanctions"). */
  actNouns: ReadonlySet<string>;
  /** Definite and demonstrative determiners ("la", "cette", "the", "these"). */
  definiteDeterminers: ReadonlySet<string>;
  /** Nouns of texts ("accord", "document", "agreement"). */
  documentNouns: ReadonlySet<string>;
}

/**
 * A definite or demonstrative noun of an act, naming none of its parties, as the judgement's object
 * ("son mécontentement face à **cette décision**", "welcomed **the move**", "condamne **ces actes**").
 */
function toldActNoun(tree: DependencyTree, cue: SyntaxWord, words: ReactionWords): SyntaxWord | undefined {
  // A noun cue's light verb carries the object too ("a exprimé son mécontentement face à cette décision").
  const verb = cue.upos === 'NOUN' && cue.deprel === 'obj' ? tree.head(cue) : undefined;
  const objects = [
    ...tree.dependents(cue, 'obj', 'obl', 'iobj', 'nmod'),
    ...(verb ? tree.dependents(verb, 'obl') : []),
  ];
  return objects.find(
    (noun) =>
      noun.upos === 'NOUN' &&
      words.actNouns.has(lemmaKey(noun)) &&
      determinedBy(tree, noun, words.definiteDeterminers) &&
      tree.dependents(noun, 'nmod').length === 0,
  );
}

/**
 * "L'Inde a exprimé son mécontentement face à cette décision", after "La Chine a imposé des droits
 * antidumping…": a judgement of an act the article told before, named by a definite noun with no
 * party of its own, is aimed at that act's author — the actors of the latest event of an earlier
 * sentence that the judge (`judges`: its state codes, when known) did not do, one whose cue has the
 * noun's word family first ("the sanctions" → "imposed sanctions"). None when nothing fits.
 */
export function reactedActAuthors(
  tree: DependencyTree,
  cue: SyntaxWord,
  type: PloverType,
  words: ReactionWords,
  state: ArticleState,
  sentenceStart: number,
  judges: ReadonlySet<string>,
): ActorMention[] {
  const noun = REACTIONS.has(type) ? toldActNoun(tree, cue, words) : undefined;
  if (!noun) return [];
  const candidates = state.earlierActs.filter(
    (act) => act.sentenceStart < sentenceStart && !act.actors.some((actor) => judges.has(actor.code)),
  );
  // "opposes the sanctions" after "imposed sanctions on…": the act its noun names again, else the
  // latest one that is no judgement itself ("condemned the launch" after "Tokyo protested…, calling
  // the launch unacceptable": the launcher, not the first to protest), else the latest.
  const family = wordFamily(foldWord(noun.lemma));
  const named = candidates.filter((act) => act.cueFamilies.includes(family));
  const deeds = candidates.filter((act) => !REACTIONS.has(act.type));
  return (named.at(-1) ?? deeds.at(-1) ?? candidates.at(-1))?.actors ?? [];
}

/**
 * "Le Vietnam et la Corée ont signé un accord…" then "Le document a été signé par les deux ministres":
 * an act done to a text named by a definite noun ("le document", "the agreement"), when an earlier
 * sentence's event has a cue of the same word ("signé", "signed"), tells that event again — its
 * signatories or its ceremony — not a second signing.
 */
export function retellsToldAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  words: ReactionWords,
  state: ArticleState,
  sentenceStart: number,
): boolean {
  const text = [...tree.dependents(cue, 'obj'), ...tree.dependents(cue, 'nsubj:pass')].find(
    (noun) =>
      noun.upos === 'NOUN' &&
      words.documentNouns.has(lemmaKey(noun)) &&
      determinedBy(tree, noun, words.definiteDeterminers),
  );
  if (!text) return false;
  const family = wordFamily(foldWord(cue.form));
  return state.earlierActs.some(
    (act) => act.sentenceStart < sentenceStart && act.cueFamilies.includes(family),
  );
}
