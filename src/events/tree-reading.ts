import type { ArticleRecord, PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState, CuePlacement, SentenceFacts, Sides } from './analysis-state.js';
import { clauseArguments, speakerArguments, type ClauseArguments } from './clause-arguments.js';
import { mentionsBetween, tokenAt } from './clause-roles.js';
import type { CompiledPack } from './compiled-pack.js';
import type { PatternMatch } from './cue-matcher.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { frameAllows } from './event-frames.js';
import { speakerAboveEmbeddedClause } from './embedded-conjunct.js';
import { documentAuthor } from './document-author.js';
import { organAddressee } from './organ-addressee.js';
import { instrumentAuthor } from './instrument-author.js';
import { envoyHost } from './envoy-host.js';
import { retypedAct, type Retyping } from './retyped-acts.js';
import { PLOVER_QUAD } from './plover-mapping.js';
import {
  aimOfAnotherAct,
  modifierInReportVoice,
  consequenceOfAct,
  describesParticipant,
  kindOfThing,
  documentContent,
  rankedRecord,
  doerNoun,
  visitForAnotherAct,
} from './tree-non-acts.js';
import { judgesAnyAct, statesPosition } from './tree-stance.js';
import { judgedParties, retellsToldAct } from './tree-reactions.js';
import { cumulativeTally, tollOfToldAct } from './tree-tallies.js';
import type { CueEntry } from './event-lexicon.js';
import { earlierSubjectPerson, quotedSpeakers } from './tree-speakers.js';
import { subjectFromContext } from './context-subjects.js';
import { committedComplement } from './tree-commitment.js';
import { treeHypothetical, treeNegated } from './tree-modality.js';
import { phraseMention, possessiveAuthor, treeSides } from './tree-sides.js';
import type { UnnamedAuthor } from './unattributed-violence.js';

/** Acts that, as the purpose of another coded act, are its aim ("remis des dons pour soutenir"). */
const AIMS = new Set<PloverType>(['SUPPORT', 'COOPERATE']);
/** Judgements, which may be aimed at an instrument's author (`instrumentAuthor`). */
const JUDGEMENTS = new Set<PloverType>(['ACCUSE', 'REJECT', 'SUPPORT']);

/** A cue read on its sentence's dependency tree. */
export interface TreeReading {
  sides: Sides;
  /** The tree's recipient is named right at its phrase's head, not deep in a complement. */
  recipientsNear: boolean;
  /**
   * The act is addressed to parties named without a code ("called on all parties to…"): neither the
   * words around the cue nor the article's dyad give it a recipient.
   */
  recipientsClosed: boolean;
  /** The tree named no actor: the caller may look for one around the cue. */
  actorOpen: boolean;
  /**
   * Who acts when no mention says it: `anonymous`, an agentless passive or a device, blast or crowd as
   * subject ("a bomb killed"); `organ`, a state organ without its state ("police arrested"); else `named`.
   */
  author: UnnamedAuthor;
  negated: boolean;
  hypothetical: boolean;
  /** Another act than the row's: a threat, a refusal (`retypedAct`). */
  retyped: Retyping | null;
  /** What a commitment commits to (the embedded predicate or object), when the cue has one. */
  complement: SyntaxWord | null;
  /**
   * The act's object or addressee is a name the entities gave no state ("a félicité Tô Lâm"): someone
   * else than the actor, so not an act aimed at home.
   */
  uncodedParty: boolean;
}

/**
 * Read a cue on the tree: its sense (frames), its sides (arguments, then explicit anaphora, then the
 * dyad), negation, modality and committed complement. Null when a frame rules the sense out.
 */
export function readOnTree(
  tree: DependencyTree,
  cueWord: SyntaxWord,
  cue: PatternMatch<CueEntry>,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): TreeReading | null {
  const { entry } = cue;
  const type = entry.event!;
  const cueSpan = { start: state.tokens[cue.first]!.start, end: state.tokens[cue.end - 1]!.end };
  const words = pack.tree.arguments;
  const { mentions, namesActor, isActor, args } = cueArguments(tree, cueWord, entry, state, pack, (word) =>
    facts.cueHeads.has(word.start),
  );
  if (!frameAllows(pack.tree.frames, tree, cueWord, type, args, isActor, inDateMention(state))) return null;
  if (args.reference) return null;
  if (retellsToldAct(tree, cueWord, pack.tree.reactions, state, facts.span.start)) return null;
  if (statesPosition(tree, cueWord, pack.tree.stances)) return null;
  if (judgesAnyAct(tree, cueWord, type, pack.tree.stances)) return null;
  const isOtherCue = (word: SyntaxWord): boolean => word !== cueWord && facts.cueHeads.has(word.start);
  const { nonActs } = pack.tree;
  if (
    modifierInReportVoice(tree, cueWord, entry.verbal) ||
    kindOfThing(tree, cueWord, nonActs) ||
    documentContent(tree, cueWord, nonActs) ||
    rankedRecord(tree, cueWord, nonActs) ||
    cumulativeTally(tree, cueWord, nonActs) ||
    doerNoun(cueWord, nonActs) ||
    (state.earlierActs.some((act) => act.sentenceStart < facts.span.start) &&
      tollOfToldAct(tree, cueWord, nonActs)) ||
    consequenceOfAct(tree, cueWord, isOtherCue, nonActs) ||
    describesParticipant(tree, cueWord, isOtherCue) ||
    (AIMS.has(type) && aimOfAnotherAct(tree, cueWord, isOtherCue, nonActs))
  )
    return null;
  if (
    entry.mode.includes('visit') &&
    cueWord.upos === 'VERB' &&
    visitForAnotherAct(tree, cueWord, isOtherCue, nonActs)
  )
    return null;
  // "said the perpetrators must be brought to justice": a `speaker` cue acts on an actor or on no one.
  if (entry.speaker && args.patients.length > 0 && !args.patients.some(namesActor)) return null;
  if (type === 'REQUEST') args.clauseSubjects = requestedClauseSubjects(tree, cueWord);
  const visit = entry.mode.includes('visit');
  const found = treeSides(tree, args, mentions, pack.tree.recipients, visit, type);
  // "called on the Commission to…": an organ named again by its head noun alone.
  const organ =
    found.recipients.length === 0 ? organAddressee(tree, args, state.mentions, pack.tree.organs) : null;
  const addressed = organ !== null && !found.actors.some((actor) => actor.code === organ.code);
  // "a dénoncé une résolution": the body that adopted it.
  const body =
    found.recipients.length === 0 && !addressed && JUDGEMENTS.has(type)
      ? instrumentAuthor(tree, args, state.mentions, pack.tree.instruments, found.actors)
      : null;
  const sides: Sides = {
    actors: found.actors,
    recipients: addressed ? [organ] : body ? [body] : found.recipients,
    actorCodes: [],
    recipientCodes: [],
    anaphoric: false,
  };
  // "l'ambassadeur de Norvège à Moscou a été convoqué": by the state he is posted to.
  const host = sides.actors.length === 0 ? envoyHost(tree, cueWord, args, mentions, pack.tree.envoys) : null;
  if (host) {
    sides.actors = [host];
    sides.recipients = sides.recipients.filter((mention) => mention.code !== host.code);
  }
  const author =
    sides.actors.length === 0 && possessiveAuthor(tree, cueWord, mentions, words, found.recipients);
  if (author) {
    sides.actors = [author];
    sides.anaphoric = true;
  }
  // "The resolution also demanded…": the document speaks for whoever issued it.
  const issuer =
    sides.actors.length === 0 && args.agents.length === 1
      ? documentAuthor(tree, args.agents[0]!, state, pack.tree.reactions)
      : null;
  if (issuer) {
    sides.actors = [issuer];
    sides.anaphoric = true;
  }
  const { tokens } = state;
  const subject = args.agents.length === 1 ? args.agents[0]! : null;
  const speakers = subject
    ? subject.feats['Person'] === '1'
      ? quotedSpeakers(tree, subject, words.speechVerbs, mentions, state)
      : [earlierSubjectPerson(tree, subject, mentions)].filter((person) => person !== null)
    : [];
  if (sides.actors.length === 0 && speakers.length > 0) {
    sides.actors = speakers;
    sides.anaphoric = true;
  }
  for (const phrase of found.agentPhrases) {
    if (sides.actors.length > 0 || sides.actorCodes.length > 0) break;
    // "il", "le ministre", "les deux parties": a subject without a mention names an earlier one.
    subjectFromContext(tokenAt(tokens, phrase.start), tokenAt(tokens, phrase.end), sides, state, pack, true);
  }
  // A noun cue in another cue's argument that names no author ("condemns the terrorist bombings",
  // "s'oppose à tout embargo") is what that cue is about, not an act of a political actor.
  if (args.agentsClosed && sides.actors.length === 0) return null;
  const subjectless = found.agentPhrases.length === 0 && !found.passive;
  if (subjectless && !author && facts.previousActors.length > 0) sides.actors = facts.previousActors;
  // "a exprimé son mécontentement face à cette décision": aimed at the author of the act told before;
  // "condemned the terrorist attack on a concert hall in Krasnogorsk, Russia": aimed at no one.
  const judges = new Set([...sides.actors.map((actor) => actor.code), ...sides.actorCodes]);
  const judgement = { tree, cue: cueWord, type, judges, sentenceStart: facts.span.start, mentions };
  const reacted = judgedParties(judgement, sides.recipients.length > 0, isOtherCue, state, pack);
  if (reacted === null) return null;
  if (reacted.length > 0) sides.recipients = reacted;
  const negated = treeNegated(tree, cueWord, pack.modality);
  return {
    sides,
    recipientsNear: found.recipientsNear || reacted.length > 0 || addressed || body !== null,
    recipientsClosed:
      sides.recipients.length === 0 &&
      addressedHeads(args, pack.tree.recipients.addressee).some(foreignPhrase(facts, state, pack)),
    actorOpen: !args.agentsClosed && sides.actors.length === 0 && sides.actorCodes.length === 0,
    author: found.actors.length === 0 ? unnamedAuthor(args, pack) : 'named',
    negated,
    retyped: retypedAct(tree, cueWord, type, negated, pack.tree.retyping),
    hypothetical: treeHypothetical(
      tree,
      cueWord,
      pack.tree.modality,
      cueSpan,
      entry.commitment === 'promise',
    ),
    complement: entry.commitment
      ? committedComplement(tree, cueWord, namesActor, cueSpan, pack.tree.commitments.notContent)
      : null,
    uncodedParty: uncodedParty(args, statelessPerson(state.record), pack.tree.recipients.addressee),
  };
}

/** Whether a word lies in a mention of a person the entities gave no state. */
function statelessPerson(record: ArticleRecord): (word: SyntaxWord) => boolean {
  const spans = record.entities
    .filter((entity) => entity.type === 'person' && entity.country === null)
    .flatMap((entity) => entity.mentions);
  return (word) => spans.some((span) => word.start >= span.start && word.end <= span.end);
}

/**
 * Whether the act's object or addressee ("à", "to", or an indirect object) is a person the entities
 * could give no state ("a félicité Tô Lâm", "congratulated To Lam"): someone, not the actor's home.
 */
function uncodedParty(
  args: ClauseArguments,
  stateless: (head: SyntaxWord) => boolean,
  addressee: ReadonlySet<string>,
): boolean {
  return addressedHeads(args, addressee).some(stateless);
}

/** The heads of an act's object and addressees ("à", "to", or an indirect object). */
function addressedHeads(args: ClauseArguments, addressee: ReadonlySet<string>): SyntaxWord[] {
  const addressed = args.obliques
    .filter((oblique) => hasRelation(oblique.word, 'iobj') || addressee.has(oblique.preposition))
    .map((oblique) => oblique.word);
  return [...args.patients, ...addressed];
}

/** Whether a phrase's head lies in a `foreignParties` phrase ("all parties", "toutes les parties"). */
function foreignPhrase(
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): (head: SyntaxWord) => boolean {
  const spans = pack.foreignParties
    .findAll(state.tokens, facts.sentence.first, facts.sentence.end)
    .map((match) => ({ start: state.tokens[match.first]!.start, end: state.tokens[match.end - 1]!.end }));
  return (head) => spans.some((span) => head.start >= span.start && head.end <= span.end);
}

/** "a exigé que la Chine retire…": the active subjects of the clause a request verb asks for. */
function requestedClauseSubjects(tree: DependencyTree, cueWord: SyntaxWord): SyntaxWord[] {
  if (cueWord.upos !== 'VERB') return [];
  return tree
    .dependents(cueWord, 'ccomp')
    .flatMap((clause) => tree.dependents(clause, 'nsubj').filter((subject) => subject.deprel === 'nsubj'));
}

/** The sentence's mentions a cue may take as sides, and the arguments of its predicate. */
interface CueArguments {
  mentions: ActorMention[];
  /** The phrase a head word leads names a person, organisation or state. */
  namesActor: (head: SyntaxWord) => boolean;
  /** The head word itself is part of such a mention (what frames ask of an argument). */
  isActor: (head: SyntaxWord) => boolean;
  args: ClauseArguments;
}

function cueArguments(
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
function inDateMention(state: ArticleState): (word: SyntaxWord) => boolean {
  return (word) => state.record.dates.some((date) => date.start <= word.start && word.end <= date.end);
}

/**
 * Whether a cue row keeps its sense on the tree: its frames allow its arguments, and a verb row is
 * not read on a word the tagger reads as a noun (its homograph, "une rencontre", "l'attaquant").
 * A row ruled out gives way to the other rows matching the same words ("protested" by a ministry).
 */
export function senseFits(
  cue: PatternMatch<CueEntry>,
  state: ArticleState,
  pack: CompiledPack,
  cueHeads: ReadonlySet<number>,
): boolean {
  const placed = cueOnTree(cue, state);
  const type = cue.entry.event;
  if (!placed || !type) return true;
  if (cue.entry.verbal && cue.end - cue.first === 1 && placed.word.upos === 'NOUN') return false;
  // "le président a prononcé un discours lors du sommet" is no "@présider _ sommet".
  const first = state.tokens[cue.first]!;
  if (cue.entry.verbFirst && placed.tree.wordsIn(first.start, first.end)[0]?.upos === 'NOUN') return false;
  const { args, isActor } = cueArguments(placed.tree, placed.word, cue.entry, state, pack, (word) =>
    cueHeads.has(word.start),
  );
  return frameAllows(pack.tree.frames, placed.tree, placed.word, type, args, isActor, inDateMention(state));
}

/** What the subject of a clause whose phrases name no actor is (see `TreeReading.author`). */
function unnamedAuthor(args: ClauseArguments, pack: CompiledPack): UnnamedAuthor {
  if (args.agents.length === 0) return args.passive ? 'anonymous' : 'named';
  const every = (words: ReadonlySet<string>): boolean =>
    args.agents.every((head) => words.has(lemmaKey(head)));
  if (every(pack.pack.unnamedAuthors)) return 'anonymous';
  return every(pack.pack.stateOrgans) ? 'organ' : 'named';
}

/** The tree of a cue's sentence and the cue's head word in it, or null when the sentence was not parsed. */
export function cueOnTree(cue: PatternMatch<CueEntry>, state: ArticleState): CuePlacement | null {
  if (!state.trees) return null;
  const known = state.placements.get(cue);
  if (known !== undefined) return known;
  const start = state.tokens[cue.first]!.start;
  const end = state.tokens[cue.end - 1]!.end;
  const tree = state.trees.at(start);
  const word = tree?.headOf(start, end);
  const placement = tree && word ? { tree, word } : null;
  state.placements.set(cue, placement);
  return placement;
}
