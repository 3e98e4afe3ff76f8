import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import { addressedHeads, foreignPhrase, statelessPerson, uncodedParty } from './addressed-parties.js';
import type { ArticleState, SentenceFacts, Sides } from './analysis-state.js';
import type { ClauseArguments } from './clause-arguments.js';
import { tokenAt } from './clause-roles.js';
import type { CompiledPack } from './compiled-pack.js';
import { cueArguments, inDateMention } from './cue-arguments.js';
import type { PatternMatch } from './cue-matcher.js';
import { lemmaKey, type DependencyTree } from './dependency-tree.js';
import { frameAllows } from './event-frames.js';
import { documentAuthor } from './document-author.js';
import { organAddressee } from './organ-addressee.js';
import { instrumentAuthor } from './instrument-author.js';
import { envoyHost } from './envoy-host.js';
import { retypedAct, type Retyping } from './retyped-acts.js';
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
import { possessiveAuthor, treeSides } from './tree-sides.js';
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
  if (!frameAllows(pack.tree.frames, tree, cueWord, type, args, isActor, inDateMention(state), namesActor))
    return null;
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

/** "a exigé que la Chine retire…": the active subjects of the clause a request verb asks for. */
function requestedClauseSubjects(tree: DependencyTree, cueWord: SyntaxWord): SyntaxWord[] {
  if (cueWord.upos !== 'VERB') return [];
  return tree
    .dependents(cueWord, 'ccomp')
    .flatMap((clause) => tree.dependents(clause, 'nsubj').filter((subject) => subject.deprel === 'nsubj'));
}

/** What the subject of a clause whose phrases name no actor is (see `TreeReading.author`). */
function unnamedAuthor(args: ClauseArguments, pack: CompiledPack): UnnamedAuthor {
  if (args.agents.length === 0) return args.passive ? 'anonymous' : 'named';
  const every = (words: ReadonlySet<string>): boolean =>
    args.agents.every((head) => words.has(lemmaKey(head)));
  if (every(pack.pack.unnamedAuthors)) return 'anonymous';
  return every(pack.pack.stateOrgans) ? 'organ' : 'named';
}
