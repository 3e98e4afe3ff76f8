import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import { isPassiveParticiple, objectRelative } from './clause-shapes.js';
import {
  antecedent,
  hasRelation,
  lemmaKey,
  markedBy,
  nounBefore,
  type DependencyTree,
} from './dependency-tree.js';

/** Most "de/of" complements between a text's noun and the clause that describes it. */
const DOCUMENT_COMPLEMENT_DEPTH = 3;

/**
 * "published a declaration calling on…", "a adopté une résolution exhortant…": a text its clause's
 * subject issues (the object of a verb carrying it, `supportVerbs`) says that subject's own act.
 */
function issuedText(tree: DependencyTree, noun: SyntaxWord, words: NonActWords): boolean {
  const verb = tree.head(noun);
  return (
    hasRelation(noun, 'obj') &&
    words.documentNouns.has(lemmaKey(noun)) &&
    verb !== undefined &&
    words.issuingVerbs.has(lemmaKey(verb))
  );
}

/** Words that show a cue word is not an act of its own (`event-grammar.json`). */
export interface NonActWords {
  /** Verbs whose object text says their subject's act ("issued a declaration demanding…"). */
  issuingVerbs: ReadonlySet<string>;
  /** Things a bare event noun can name a kind of (vessels, weapons, buildings: "navire d'enquête"). */
  kindHeads: ReadonlySet<string>;
  purposeMarks: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  rankingAdjectives: ReadonlySet<string>;
  tallyMarks: ReadonlySet<string>;
  agentNouns: ReadonlySet<string>;
  outcomeVerbs: ReadonlySet<string>;
  definiteDeterminers: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  /** Nouns naming an act or a step ("acte", "décision", "move"). */
  actNouns: ReadonlySet<string>;
}

/**
 * A visit made to do another coded act ("se sont rendus au consulat pour remettre un don",
 * "visited the embassy to hand over aid") is reported as that act: the trip is its manner.
 */
export function visitForAnotherAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  isCueHead: (word: SyntaxWord) => boolean,
  words: NonActWords,
): boolean {
  // A visit takes no clause complement: a marked "xcomp" on it is a purpose the parser mislabelled.
  return tree
    .dependents(cue, 'advcl', 'xcomp')
    .some(
      (clause) =>
        markedBy(tree, clause, words.purposeMarks) &&
        tree.subtree(clause).some((word) => word !== cue && isCueHead(word)),
    );
}

/**
 * A relative clause on a coded act's noun tells what that act did ("the bombings, which killed
 * many people"), wherever the parser hung it: its consequence, not another act with sides of its own.
 */
export function consequenceOfAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  isCueHead: (word: SyntaxWord) => boolean,
  words: NonActWords,
): boolean {
  const head = tree.head(cue);
  if (hasRelation(cue, 'acl:relcl') && head !== undefined && isCueHead(head)) return true;
  // A noun cue's light verb (`supportVerbs`) holds the clause's subject ("qui **porte** atteinte à…").
  const light =
    cue.upos === 'NOUN' &&
    hasRelation(cue, 'obj') &&
    head !== undefined &&
    words.issuingVerbs.has(lemmaKey(head));
  const clause = light ? head : cue;
  const relative = tree
    .dependents(clause, 'nsubj')
    .find((subject) => subject.upos === 'PRON' && words.relativePronouns.has(lemmaKey(subject)));
  if (!relative) return false;
  const noun = antecedent(tree, relative);
  // "…pour protester contre cet acte, qui porte atteinte à la souveraineté": a noun of an act told
  // before (`actNouns`) stands for that act as well as a cue would.
  const actNoun = noun !== undefined && words.actNouns.has(lemmaKey(noun));
  return (
    (noun !== undefined && (isCueHead(noun) || actNoun)) || actNounInPhraseBefore(tree, relative, isCueHead)
  );
}

/** Words that end the noun phrase a relative pronoun may stand for, read backwards from it. */
const PHRASE_ENDS = new Set(['VERB', 'AUX', 'SCONJ', 'PRON']);

/**
 * An act's noun in the run of noun phrases right before a relative pronoun, with no verb between
 * but a participle describing it ("condemns the bombings in Jolo town, Sulu province, the
 * Philippines on August 24, which killed…"): the places and dates that complete the act's noun do
 * not stand for the clause.
 */
function actNounInPhraseBefore(
  tree: DependencyTree,
  relative: SyntaxWord,
  isCueHead: (word: SyntaxWord) => boolean,
): boolean {
  for (let index = relative.id - 2; index >= 0; index--) {
    const word = tree.words[index]!;
    // "the air strikes carried out by the military on a village…, which killed": a participle
    // describing the act's noun belongs to its phrase.
    const head = tree.head(word);
    if (word.upos === 'VERB' && hasRelation(word, 'acl') && head !== undefined && isCueHead(head))
      return true;
    if (PHRASE_ENDS.has(word.upos)) return false;
    if (word.upos === 'NOUN' && isCueHead(word)) return true;
  }
  return false;
}

/**
 * A participle or relative clause on a text's noun states the text's content ("les résolutions
 * du Conseil de sécurité interdisant…", "the accords signed by both countries"): what the text
 * says or what made it, not a reported act.
 */
export function documentContent(tree: DependencyTree, cue: SyntaxWord, words: NonActWords): boolean {
  // A noun takes no completive clause here: "le traité … **que** la Corée a ratifié" read as a
  // "que" clause (`ccomp`) on the noun is its relative clause.
  const onNoun = hasRelation(cue, 'ccomp') && ['NOUN', 'PROPN'].includes(tree.head(cue)?.upos ?? '');
  if (!hasRelation(cue, 'acl') && !onNoun) return false;
  // "en faveur de la résolution appelant à…": the noun right before the participle, wherever the
  // parser hung it.
  const before = nounBefore(tree, cue);
  const participle = cue.feats['VerbForm'] === 'Part' || cue.feats['VerbForm'] === 'Ger';
  if (before && issuedText(tree, before, words)) return false;
  if (before && participle && words.documentNouns.has(lemmaKey(before))) return true;
  // The clause may hang on a complement of the text's noun ("la convention sur le commerce des
  // armes que la Russie a signée", "the resolutions of the Security Council banning…").
  let noun = tree.head(cue);
  for (let depth = 0; noun !== undefined && depth <= DOCUMENT_COMPLEMENT_DEPTH; depth++) {
    if (words.documentNouns.has(lemmaKey(noun))) return true;
    if (!hasRelation(noun, 'nmod')) return false;
    noun = tree.head(noun);
  }
  return false;
}

/**
 * The infinitive clause of a ranked noun ("le premier pays d'Amérique du Sud **à signer** un accord
 * de libre-échange avec le Vietnam", "the first country **to recognize** Vietnam"): a record the
 * noun holds, recalled to describe it, not an act the article reports.
 */
export function rankedRecord(tree: DependencyTree, cue: SyntaxWord, words: NonActWords): boolean {
  if (!hasRelation(cue, 'acl') || cue.feats['VerbForm'] !== 'Inf') return false;
  const noun = tree.head(cue);
  if (!noun || noun.upos !== 'NOUN') return false;
  return tree.dependents(noun, 'amod').some((word) => words.rankingAdjectives.has(lemmaKey(word)));
}

/** A noun of the doers of an act ("four suspected **attackers**", "les **assaillants**"): people, not an act. */
export function doerNoun(cue: SyntaxWord, words: NonActWords): boolean {
  return (
    cue.upos === 'NOUN' && (words.agentNouns.has(lemmaKey(cue)) || words.agentNouns.has(foldWord(cue.form)))
  );
}

/**
 * A past participle or an object relative clause that describes what another act is done to ("a
 * libéré les pêcheurs **détenus** depuis mars", "released the fishermen it had **detained**",
 * "expelled two diplomats **accused** of spying"): the state the participant is in,
 * told as background to the news act, not an act reported in its own right.
 */
export function describesParticipant(
  tree: DependencyTree,
  cue: SyntaxWord,
  isCueHead: (word: SyntaxWord) => boolean,
): boolean {
  const relative = hasRelation(cue, 'acl:relcl') && objectRelative(tree, cue);
  if (!isPassiveParticiple(tree, cue) && !relative) return false;
  const noun = tree.head(cue);
  const governor = noun && tree.head(noun);
  return governor !== undefined && isCueHead(governor) && !hasRelation(noun!, 'nsubj');
}

/**
 * Support or cooperation named as the purpose of another coded act ("a remis des dons **pour
 * soutenir** les sinistrés", "sent aid to support"): the aim of that act, not an act of its own.
 */
export function aimOfAnotherAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  isCueHead: (word: SyntaxWord) => boolean,
  words: NonActWords,
): boolean {
  if (!['advcl', 'xcomp', 'acl'].includes(cue.deprel.split(':')[0]!)) return false;
  if (!markedBy(tree, cue, words.purposeMarks)) return false;
  const governor = tree.head(cue);
  return governor !== undefined && isCueHead(governor);
}

/**
 * An adjective cue on a noun ("les explorations **illégales**", "for **alleged** illegal fishing",
 * "its long-**threatened** invasion") or an adverb cue on a verb ("des citoyens entrés
 * **illégalement**") describes the thing in the report's own voice; an accusation
 * or a rejection says it: "X juge ces explorations illégales", "declared the claim invalid". A verb
 * row's present participle the tagger reads as an adjective ("des slogans exigeant…") still acts; its
 * past participle before the noun ("the detained fishermen") does not.
 */
export function modifierInReportVoice(tree: DependencyTree, cue: SyntaxWord, verbal: boolean): boolean {
  if (attributiveParticiple(tree, cue)) return true;
  if (verbal) return false;
  return (
    (cue.upos === 'ADJ' && hasRelation(cue, 'amod')) || (cue.upos === 'ADV' && hasRelation(cue, 'advmod'))
  );
}

/**
 * A bare event noun after "de" on a thing names its kind ("le navire **d'enquête**", "un avion **de
 * combat**", "le centre **de détention**"), not an act: no determiner, no participant of its own.
 */
export function kindOfThing(tree: DependencyTree, cue: SyntaxWord, words: NonActWords): boolean {
  if (cue.upos !== 'NOUN' || !hasRelation(cue, 'nmod') || hasRelation(cue, 'nmod:poss')) return false;
  const thing = tree.head(cue);
  if (!thing || !words.kindHeads.has(lemmaKey(thing))) return false;
  if (tree.dependents(cue, 'det', 'nmod', 'nummod').length > 0) return false;
  return tree.dependents(cue, 'case').some((marker) => marker.id < cue.id);
}

/**
 * A past participle set before its noun as an adjective ("the **detained** fishermen", "the
 * **expelled** diplomats"): the participant's state, named in passing; one with its own agent
 * ("arrêtés par la Chine") is a clause, read as such.
 */
function attributiveParticiple(tree: DependencyTree, cue: SyntaxWord): boolean {
  const noun = tree.head(cue);
  return (
    hasRelation(cue, 'amod') &&
    noun !== undefined &&
    cue.id < noun.id &&
    cue.feats['VerbForm'] === 'Part' &&
    cue.feats['Tense'] === 'Past' &&
    tree.dependents(cue, 'obl').length === 0 &&
    // A determiner before it shows a noun phrase; without one it may be a main verb the parser hung
    // on its object ("Britain mobilized army reservists").
    tree.dependents(noun, 'det', 'nummod', 'nmod:poss').some((word) => word.id < cue.id)
  );
}
