import type { Retyping } from './retyped-acts.js';
import type { ArticleRecord, CommitmentKind, DateMention, Entity, PloverType } from '../records/article.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState, SentenceFacts, Sides } from './analysis-state.js';
import { inOtherConjunctClause } from './clause-scope.js';
import { commitmentObject } from './commitment-object.js';
import type { CompiledPack } from './compiled-pack.js';
import type { PatternMatch } from './cue-matcher.js';
import type { CueEntry } from './event-lexicon.js';
import { isHypothetical, isNegated } from './modality.js';
import { otherSideOfDyad, RECIPROCAL, reciprocal, resolveSides } from './resolve-sides.js';
import { complementText, dueDate } from './tree-commitment.js';
import { cueOnTree } from './cue-placement.js';
import { readOnTree } from './tree-reading.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { otherSide } from './tree-sides.js';
import { placeOfUnattributedAct } from './unattributed-violence.js';
import { mentionsBetween, tokenAt } from './clause-roles.js';
import { PLOVER_QUAD } from './plover-mapping.js';

/** What the coder reads around one cue: its sides, polarity, mood and, for commitments, object and deadline. */
export interface CueReading {
  sides: Sides;
  negated: boolean;
  hypothetical: boolean;
  /** Another act than the row's: a threat ("prendrait des mesures de rétorsion"), a refusal ("did not accept"). */
  retyped?: Retyping | null;
  what: string | null;
  /** The commitment's deadline: a date of what is committed to, never of the commitment itself. */
  due: DateMention | null;
}

/**
 * Read a cue on its sentence's dependency tree when the syntax layer parsed it, else with the
 * word-window heuristics (README "How a sentence is read"). Null when the cue's frame rules its sense out.
 */
export function readCue(
  cue: PatternMatch<CueEntry>,
  zoneFirst: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): CueReading | null {
  const { tokens, record } = state;
  const placed = cueOnTree(cue, state);
  if (!placed) {
    const object = cue.entry.commitment
      ? commitmentObject(tokens, cue.end, facts.sentence.end, record.text)
      : null;
    return {
      sides: resolveSides(cue, zoneFirst, facts, state, pack),
      negated: isNegated(tokens, zoneFirst, cue.first, pack.modality),
      hypothetical: isHypothetical(tokens, zoneFirst, cue.first, pack.modality),
      what: object?.text ?? null,
      // Without a tree, the deadline is the first date from the object on ("promised on Monday to … by Friday").
      due: object ? (facts.sentenceDates.find((date) => date.start >= object.start) ?? null) : null,
    };
  }
  const reading = readOnTree(placed.tree, placed.word, cue, facts, state, pack);
  if (!reading) return null;
  // A parse can miss what the words around the cue show: each side the tree leaves empty is looked
  // for there (sentence-internal, with explicit anaphora only).
  const around = resolveSides(cue, zoneFirst, facts, state, pack, true);
  around.recipients = around.recipients.filter((mention) => !inOtherConjunctClause(placed, mention));
  const sides = { ...reading.sides };
  if (!reading.actorOpen && jointSubject(reading.sides.actors, around.actors, cue.entry, state, pack))
    sides.actors = around.actors;
  if (reading.actorOpen) {
    // "se sont réunis devant l'ambassade de Chine pour protester": the building is where, not who.
    sides.actors = around.actors.filter((mention) => !namesVenue(placed.tree, mention, pack.venueNouns));
    sides.actorCodes = around.actorCodes;
    sides.anaphoric = around.anaphoric;
  }
  // A recipient found deep in a complement is less sure than the one the words around the cue give.
  if (!reading.recipientsNear && around.recipients.length > 0) sides.recipients = [];
  const type = cue.entry.event!;
  const unnamed = sides.actors.length === 0 && sides.actorCodes.length === 0;
  const place = unnamed ? placeOfUnattributedAct(reading.author, type, facts, state, pack) : null;
  // "dismissed the Philippines' allegations": an act another cue is about is not aimed at home.
  const head = placed.tree.head(placed.word);
  const referenced = placed.word.upos === 'NOUN' && head !== undefined && facts.cueHeads.has(head.start);
  const how: CueShape = {
    closed: reading.recipientsClosed,
    referenced: referenced || reading.uncodedParty,
    mutual: cue.entry.mutual,
    commitment: cue.entry.commitment,
    agentless: reading.author === 'anonymous',
  };
  completeSides(sides, type, around, facts, state, pack, cue.end, how);
  // The place's state acts after the recipients are read, so that violence at home keeps its victims.
  if (place) sides.actors = [place];
  const { complement } = reading;
  return {
    sides,
    negated: reading.negated && !reading.retyped?.negationIsTheAct,
    hypothetical: reading.hypothetical && reading.retyped?.event !== 'THREATEN',
    retyped: reading.retyped,
    what: complement
      ? complementText(placed.tree, complement, record.text, pack.tree.arguments.speechVerbs)
      : null,
    due: complement
      ? dueDate(
          placed.tree,
          complement,
          facts.sentenceDates,
          pack.tree.modality.hypotheticalGovernors,
          pack.tree.commitments.deadlineMarks,
        )
      : null,
  };
}

/** What the tree says of a cue that decides how its sides are completed. */
interface CueShape {
  /** Addressed to parties named without a code ("called on all parties"): no recipient is looked for. */
  closed: boolean;
  /**
   * An event noun another cue is about ("dismissed the Philippines' allegations"), or an act on a name
   * with no state ("a félicité Tô Lâm"): never aimed at home.
   */
  referenced: boolean;
  /** The act goes both ways between its subject's parties (a `mutual` cue: "exchanged fire"). */
  mutual: boolean;
  /** The cue's commitment kind: a promise or an offer made together is made to someone else. */
  commitment: CommitmentKind | null;
  /** No agent is said (an agentless passive): the parties it names may be both sides. */
  agentless: boolean;
}

/** Recipients once the actors are known: both sides of a reciprocal act, else the tree's, the words', the dyad's. */
function completeSides(
  sides: Sides,
  type: PloverType,
  around: Sides,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
  cueEnd: number,
  { closed, referenced, mutual, commitment, agentless }: CueShape,
): void {
  // "Un accord a été signé entre le Vietnam et la Hongrie": the parties an agentless (passive)
  // reciprocal act names are both its sides.
  const unnamed = agentless && sides.actors.length === 0 && sides.actorCodes.length === 0;
  const named = sides.recipients.length > 0 ? sides.recipients : around.recipients;
  if (unnamed && new Set(named.map((mention) => mention.code)).size >= 2) {
    const both = { ...sides, actors: named };
    if (reciprocal(both, type, mutual)) {
      Object.assign(sides, both);
      return;
    }
  }
  if (reciprocal(sides, type, mutual, { commitment, dyad: state.dyad })) return;
  if (closed) return;
  const others = (group: readonly ActorMention[]): ActorMention[] =>
    group.filter(otherSide(type, sides.actors, sides.actorCodes));
  sides.recipients = others(sides.recipients);
  sides.recipientCodes = [];
  // "called on the two sides": the pair the words name, before any mention around the cue.
  if (addressesBothSides(sides, cueEnd, facts, state, pack)) return;
  if (sides.recipients.length === 0) sides.recipients = others(around.recipients);
  // "Belarusian police detained supporters in Minsk": a material act its sentence places at home is
  // aimed there before it is aimed at the article's other party (a statement's place is often where
  // it goes: "a promis de transmettre la protestation à Séoul").
  if (!referenced && MATERIAL_QUADS.has(PLOVER_QUAD[type]) && atHome(sides, facts, state))
    domesticTarget(sides, type, facts, state, pack);
  if (sides.recipientCodes.length > 0) return;
  const promised = commitment === 'promise' || commitment === 'offer';
  otherSideOfDyad(sides, state, type, promised);
  if (!referenced) domesticTarget(sides, type, facts, state, pack);
}

/** PLOVER's material quads (material cooperation and conflict): acts done somewhere, not statements. */
const MATERIAL_QUADS = new Set([2, 4]);

/** Whether the sentence names a place of the actor's own (single) state. */
function atHome(sides: Sides, facts: SentenceFacts, state: ArticleState): boolean {
  const codes = new Set([...sides.actors.map((mention) => mention.code), ...sides.actorCodes]);
  if (codes.size !== 1) return false;
  return placesIn(state.record, facts.span).some(
    (place) => place.country !== null && codes.has(place.country),
  );
}

/** The place entities with a mention inside `span`. */
function placesIn(record: ArticleRecord, span: { start: number; end: number }): Entity[] {
  return record.entities.filter(
    (entity) =>
      entity.type === 'place' &&
      entity.mentions.some((mention) => mention.start >= span.start && mention.end <= span.end),
  );
}

/** Most tokens between a cue and the two-sided phrase it addresses ("a exhorté **les deux parties**"). */
const ADDRESSED_PAIR_GAP = 2;
/** Most tokens of such a phrase ("les deux parties", "the two countries"). */
const PAIR_PHRASE_TOKENS = 4;

/**
 * "Vietnam is following the tension between India and Pakistan and calls on the two sides…": two
 * states coordinated earlier in the sentence are the pair that "the two sides" names there.
 */
function coordinatedPairBefore(
  cueEnd: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): string[] | null {
  // Mentions before the cue's last word (a one-word cue: before the cue).
  const lastCueWord = state.tokens[cueEnd - 1]!.start;
  const before = mentionsBetween(state.mentions, facts.span.start, lastCueWord).filter(
    (mention) => mention.type === 'country' && mention.code !== 'IGO',
  );
  const { tokens } = state;
  for (let i = before.length - 1; i > 0; i--) {
    const [left, right] = [before[i - 1]!, before[i]!];
    // "between India and Pakistan", "entre la Bolivie et le Paraguay": a conjunction word, and an
    // article, between them (a comma may close a phrase).
    const first = tokenAt(tokens, left.end);
    const between = tokens.slice(first, tokenAt(tokens, right.start));
    const joined =
      between.length > 0 &&
      between[0]!.isWord &&
      pack.roleWords.coordinators.has(between[0]!.fold) &&
      between.slice(1).every((token) => pack.roleAnaphora.definite.has(token.fold));
    if (left.code !== right.code && joined) return [left.code, right.code];
  }
  return null;
}

/**
 * "Le Vietnam a exhorté les deux parties à la retenue", "urged both sides to…": a third party acts on
 * both states of the article's dyad (those of them that are not the actor).
 */
function addressesBothSides(
  sides: Sides,
  cueEnd: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): boolean {
  const both = coordinatedPairBefore(cueEnd, facts, state, pack) ?? state.lastPair ?? state.dyad;
  if (both.length < 2) return false;
  const end = Math.min(facts.sentence.end, cueEnd + ADDRESSED_PAIR_GAP + PAIR_PHRASE_TOKENS);
  const pair = pack.dyadPhrases
    .findAll(state.tokens, cueEnd, end)
    .find((match) => !match.entry.plural && match.first <= cueEnd + ADDRESSED_PAIR_GAP);
  if (!pair) return false;
  const actorCodes = new Set([...sides.actors.map((mention) => mention.code), ...sides.actorCodes]);
  const codes = both.filter((code) => !actorCodes.has(code));
  if (codes.length === 0) return false;
  // The pair named right after the cue is its addressee, whatever other mention the clause holds.
  sides.recipients = [];
  sides.recipientCodes = codes;
  return true;
}

/**
 * Acts that a state aims at itself when done at home (demands, threats, concessions, crackdowns,
 * protests); a strike, a deployment, a withdrawal or aid with no named target has no target.
 */
const DOMESTIC_TYPES = new Set<PloverType>([
  'REQUEST',
  'THREATEN',
  'AGREE',
  'CONCEDE',
  'REJECT',
  'ACCUSE',
  'PROTEST',
  'COERCE',
  'SANCTION',
  'SUPPORT',
]);

/**
 * A domestic act ("the government threatened to dissolve the assembly in Quito", "farmers' unions demanded that…"):
 * when the sentence names no state but the actor's, the act is aimed at that state itself, as
 * PLOVER/ICEWS code it (the actor's code on both sides). A sentence that names another party without a
 * code ("les deux pays", "the international community") is not about home.
 */
function domesticTarget(
  sides: Sides,
  type: PloverType,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): void {
  if (!DOMESTIC_TYPES.has(type) || sides.recipients.length > 0 || sides.recipientCodes.length > 0) return;
  // "propose que les deux pays…", "appeal to the international community": another party, uncoded.
  if (pack.otherParties.findAll(state.tokens, facts.sentence.first, facts.sentence.end).length > 0) return;
  const actorCodes = new Set([...sides.actors.map((m) => m.code), ...sides.actorCodes]);
  if (actorCodes.size !== 1) return;
  const [code] = actorCodes;
  if (code === 'IGO') return;
  const inSentence = mentionsBetween(state.mentions, facts.span.start, facts.span.end);
  if (!inSentence.every((mention) => mention.code === code)) return;
  // "exprimé son inquiétude face aux tensions en mer de Chine méridionale": a place outside the
  // actor's state (a sea, a region abroad) says the act is about elsewhere.
  if (placesIn(state.record, facts.span).some((place) => place.country !== code)) return;
  sides.recipientCodes = [code!];
}

/** Relations that keep a word inside the phrase of the noun it completes ("l'ambassade **de Chine**"). */
const INSIDE_PHRASE = ['nmod', 'amod', 'compound', 'flat', 'nmod:poss'];

/**
 * Whether a mention completes a building named as where an act took place ("devant l'ambassade de
 * Chine", "outside the Chinese embassy"): a phrase in an oblique, not the subject ("the embassy said").
 */
function namesVenue(tree: DependencyTree, mention: ActorMention, venues: ReadonlySet<string>): boolean {
  let word = tree.wordsIn(mention.start, mention.end)[0];
  for (let steps = 0; word && steps < 3; steps++) {
    const head = tree.head(word);
    if (!head || !INSIDE_PHRASE.some((relation) => hasRelation(word!, relation))) return false;
    if (venues.has(lemmaKey(head))) return hasRelation(head, 'obl') || hasRelation(head, 'nmod');
    word = head;
  }
  return false;
}

/**
 * "A and B signed…" parsed with B lost in a long title ("Minister of Marine Affairs and Fisheries"):
 * the subject the words before the cue coordinate with "and"/"et" names every party of a reciprocal
 * act (not a visit, which goes one way), the tree's actors among them.
 */
function jointSubject(
  treeActors: readonly ActorMention[],
  wordActors: readonly ActorMention[],
  entry: CueEntry,
  state: ArticleState,
  pack: CompiledPack,
): boolean {
  if (!entry.event || !RECIPROCAL.has(entry.event) || entry.mode.includes('visit')) return false;
  if (treeActors.length === 0 || !treeActors.every((actor) => wordActors.includes(actor))) return false;
  if (new Set(wordActors.map((m) => m.code)).size <= new Set(treeActors.map((m) => m.code)).size)
    return false;
  const { tokens } = state;
  return wordActors.slice(1).every((mention, i) => {
    const from = tokenAt(tokens, wordActors[i]!.end);
    const to = tokenAt(tokens, mention.start);
    return tokens.slice(from, to).some((token) => pack.roleWords.coordinators.has(token.fold));
  });
}
