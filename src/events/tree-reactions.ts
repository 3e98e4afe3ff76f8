import { foldWord } from '../entities/fold.js';
import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import type { CompiledPack } from './compiled-pack.js';
import { determinedBy, lemmaKey, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { wordFamily } from './word-family.js';
import { tokenAt } from './clause-roles.js';
import { PLOVER_QUAD } from './plover-mapping.js';

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
  /** Nouns of agreements between parties ("accord", "cessez-le-feu"): judged, they name the parties' act. */
  agreementNouns: ReadonlySet<string>;
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
  // An agreement may say what it is about ("l'accord de paix") without naming its parties.
  const namesNone = (noun: SyntaxWord): boolean =>
    tree
      .dependents(noun, 'nmod')
      .every((nmod) => words.agreementNouns.has(lemmaKey(noun)) && nmod.upos === 'NOUN');
  return objects.find(
    (noun) =>
      noun.upos === 'NOUN' &&
      (words.actNouns.has(lemmaKey(noun)) || words.agreementNouns.has(lemmaKey(noun))) &&
      determinedBy(tree, noun, words.definiteDeterminers) &&
      namesNone(noun),
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
  actTypeOf: (noun: SyntaxWord) => PloverType | null = () => null,
): ActorMention[] {
  const noun = REACTIONS.has(type) ? toldActNoun(tree, cue, words) : undefined;
  if (!noun) return [];
  const candidates = actsOfOthersBefore(state, sentenceStart, judges);
  // "a salué l'accord", "welcomed the ceasefire": the latest agreement told before, all its parties.
  if (words.agreementNouns.has(lemmaKey(noun)) && !words.actNouns.has(lemmaKey(noun)))
    return candidates.filter((act) => act.type === 'AGREE').at(-1)?.actors ?? [];
  // "opposes the sanctions" after "imposed sanctions on…": the act its noun names again, else the
  // latest act of the kind (PLOVER quad) the noun names as a cue ("condemned the incursion": the latest
  // material conflict, a raid or an arrest, not a grant of asylum told since), else the latest one
  // that is no judgement itself ("condemned the launch" after "Tokyo protested…, calling the launch
  // unacceptable": the launcher, not the first to protest), else the latest.
  const family = wordFamily(foldWord(noun.lemma));
  const named = candidates.filter((act) => act.cueFamilies.includes(family));
  const nounType = actTypeOf(noun);
  const sameType = nounType
    ? candidates.filter((act) => PLOVER_QUAD[act.type] === PLOVER_QUAD[nounType])
    : [];
  const deeds = candidates.filter((act) => !REACTIONS.has(act.type));
  return (named.at(-1) ?? sameType.at(-1) ?? deeds.at(-1) ?? candidates.at(-1))?.actors ?? [];
}

/** The acts told in earlier sentences that the judges (their state codes) did not do. */
export function actsOfOthersBefore(
  state: ArticleState,
  sentenceStart: number,
  judges: ReadonlySet<string>,
): ArticleState['earlierActs'] {
  return state.earlierActs.filter(
    (act) => act.sentenceStart < sentenceStart && !act.actors.some((actor) => judges.has(actor.code)),
  );
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
  // A headline's act is the body's to tell: the body's sentence is that act, not a retelling of it.
  return state.earlierActs.some(
    (act) =>
      act.sentenceStart >= state.headlineEnd &&
      act.sentenceStart < sentenceStart &&
      act.cueFamilies.includes(family),
  );
}

/**
 * "Indonesia condemned the terrorist attack on a concert hall in Krasnogorsk, Russia":
 * a judgement whose object is an act (a cue) whose phrase names no party but where it
 * happened (`placePrepositions`) is aimed at no one: the place is the victim's, not the culprit's
 * (the guidelines' "worry with no culprit"). The caller checks that no act of another party was
 * told before, which the object could name again.
 */
export function judgesUnattributedAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  isCueHead: (word: SyntaxWord) => boolean,
  { placePrepositions, passiveAgent: agentPrepositions }: PlaceAndAgentWords,
  mentions: readonly ActorMention[],
): boolean {
  const object = tree.dependents(cue, 'obj')[0];
  if (!object || object.upos !== 'NOUN') return false;
  // An act noun that is no cue of its own ("une décision") names an act told before, judged as such.
  if (!isCueHead(object)) return false;
  const inMention = (word: SyntaxWord): boolean =>
    mentions.some((mention) => word.start >= mention.start && word.end <= mention.end);
  const placed = (word: SyntaxWord): boolean => {
    for (let at: SyntaxWord | undefined = word; at && at !== object; at = tree.head(at)) {
      if (placePrepositions.has(prepositionOf(tree, at))) return true;
    }
    return false;
  };
  if (tree.subtree(object).some((word) => word !== object && inMention(word) && !placed(word))) return false;
  // "protested the seizure of its boat **by Chinese coast guards**": the parser may hang the act's
  // agent on the judging verb.
  const agents = tree
    .dependents(cue, 'obl')
    .filter((phrase) => agentPrepositions.has(prepositionOf(tree, phrase)));
  return !agents.some((phrase) => tree.subtree(phrase).some(inMention));
}

/** Prepositions of a place ("in", "à") and of a passive agent ("by", "par"). */
interface PlaceAndAgentWords {
  placePrepositions: ReadonlySet<string>;
  passiveAgent: ReadonlySet<string>;
}

/** A judgement cue on the tree, with the state codes of its judges and the sentence's mentions. */
export interface Judgement {
  tree: DependencyTree;
  cue: SyntaxWord;
  type: PloverType;
  judges: ReadonlySet<string>;
  sentenceStart: number;
  mentions: readonly ActorMention[];
}

/**
 * Who a judgement is aimed at by what it judges: the author of an act told before
 * (`reactedActAuthors`, when the tree named no recipient), none ([]) when nothing says, or no one at
 * all (null: no event) for an accusation of an act whose phrase names no culprit, no other party's
 * act having been told before (`judgesUnattributedAct`).
 */
export function judgedParties(
  { tree, cue, type, judges, sentenceStart, mentions }: Judgement,
  recipientsKnown: boolean,
  isCueHead: (word: SyntaxWord) => boolean,
  state: ArticleState,
  pack: CompiledPack,
): ActorMention[] | null {
  const words = pack.tree.reactions;
  // The type a noun names when it is a cue itself ("incursion": ASSAULT).
  const actTypeOf = (noun: SyntaxWord): PloverType | null => {
    const first = tokenAt(state.tokens, noun.start);
    const match = pack.cues.findAll(state.tokens, first, first + 1).find((found) => found.first === first);
    return match?.entry.event ?? null;
  };
  const reacted = recipientsKnown
    ? []
    : reactedActAuthors(tree, cue, type, words, state, sentenceStart, judges, actTypeOf);
  const aimless =
    type === 'ACCUSE' &&
    actsOfOthersBefore(state, sentenceStart, judges).length === 0 &&
    judgesUnattributedAct(tree, cue, isCueHead, pack.roleWords, mentions);
  return aimless ? null : reacted;
}
