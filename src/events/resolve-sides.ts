import type { ActorMention } from './actor-mentions.js';
import type { ArticleState, SentenceFacts, Sides } from './analysis-state.js';
import {
  agentAfterNoun,
  agentBy,
  isPassive,
  mentionsBetween,
  recipientGroup,
  ROLE_WINDOW_TOKENS,
  subjectGroup,
  tokenAt,
} from './clause-roles.js';
import type { CompiledPack } from './compiled-pack.js';
import type { PatternMatch } from './cue-matcher.js';
import type { CueEntry } from './event-lexicon.js';
import type { EventToken } from './event-tokens.js';
import type { CommitmentKind, PloverType } from '../records/article.js';
import { subjectFromContext } from './context-subjects.js';

/** Longest introductory phrase ("Lors de leur entretien de travail à Hanoï,") before its comma. */
const INTRODUCTION_TOKENS = 20;
/** Tokens after that comma where the clause's subject is looked for. */
const SUBJECT_AFTER_INTRODUCTION = 25;

/** Words an introductory phrase may have before its cue ("Lors de leur", "During the"). */
const INTRODUCTION_LEAD = 3;
/** Present participles open introductory phrases ("saluant", "welcoming"). */
const PARTICIPLE = /(ant|ing)$/u;

/** Types whose actors act together when the subject names both sides ("X et Y ont convenu"). */
export const RECIPROCAL: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Where the subject of a cue may start: after a reporting "que"/"that", a clause break, the previous cue or the dateline. */
export function subjectZoneStart(
  cueFirst: number,
  speaker: boolean,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): number {
  const floor = Math.max(facts.zoneFloor, cueFirst - ROLE_WINDOW_TOKENS);
  const { tokens, record } = state;
  let first = floor;
  for (let i = cueFirst - 1; i >= floor && !speaker; i--) {
    const fold = tokens[i]!.fold;
    if (pack.subordinators.has(fold) || fold === ';' || fold === ':') {
      const hasMention = mentionsBetween(state.mentions, tokens[i]!.end, tokens[cueFirst]!.start).length > 0;
      if (hasMention) first = i + 1;
      break;
    }
  }
  const dateline = record.dateline;
  while (
    dateline &&
    first < cueFirst &&
    tokens[first]!.start < dateline.end &&
    tokens[first]!.start >= dateline.start
  )
    first++;
  return first;
}

/**
 * Whether the cue opens an introductory phrase ("Lors de leur entretien,", "Saluant …,", "Welcoming …,"):
 * a noun or a participle at the start of the sentence, with no pronoun or dyad phrase before it.
 */
function opensIntroduction(
  cue: PatternMatch<CueEntry>,
  zoneFirst: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): boolean {
  if (zoneFirst !== facts.sentence.first || cue.first - zoneFirst > INTRODUCTION_LEAD) return false;
  const head = state.tokens[cue.first]!.fold;
  if (!cue.entry.noun && !PARTICIPLE.test(head)) return false;
  const { tokens } = state;
  return (
    pack.anaphors.findAll(tokens, zoneFirst, cue.first).length === 0 &&
    pack.dyadPhrases.findAll(tokens, zoneFirst, cue.first).length === 0
  );
}

/** "Lors de leur entretien, X et Y ont…", "En rencontrant Z, X a…": the subject after the introductory phrase. */
function subjectAfterIntroduction(
  tokens: readonly EventToken[],
  cueEnd: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): ActorMention[] {
  let comma = cueEnd;
  while (comma < facts.sentence.end && comma - cueEnd < INTRODUCTION_TOKENS && tokens[comma]!.raw !== ',')
    comma++;
  if (tokens[comma]?.raw !== ',') return [];
  const last = Math.min(facts.sentence.end, comma + SUBJECT_AFTER_INTRODUCTION) - 1;
  const window = mentionsBetween(state.mentions, tokens[comma]!.end, tokens[last]!.end);
  return subjectGroup(tokens, window, pack.roleWords);
}

/** Token index of the last reporting "que"/"that" between the zone start and the cue, or -1. */
function reportedClauseStart(
  tokens: readonly EventToken[],
  zoneFirst: number,
  cueFirst: number,
  subordinators: ReadonlySet<string>,
): number {
  for (let i = cueFirst - 1; i >= zoneFirst; i--) if (subordinators.has(tokens[i]!.fold)) return i;
  return -1;
}

export function mentionsAfter(cueEnd: number, facts: SentenceFacts, state: ArticleState): ActorMention[] {
  const { tokens } = state;
  const last = Math.min(facts.sentence.end, cueEnd + ROLE_WINDOW_TOKENS) - 1;
  if (cueEnd > last) return [];
  return mentionsBetween(state.mentions, tokens[cueEnd]!.start, tokens[last]!.end);
}

/** Who acts and who undergoes the event of a cue (see README \"How a sentence is read\"). */
export function resolveSides(
  cue: PatternMatch<CueEntry>,
  zoneFirst: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
  explicitAnaphora = false,
): Sides {
  const { tokens } = state;
  const type = cue.entry.event!;
  const zone =
    zoneFirst < cue.first
      ? mentionsBetween(state.mentions, tokens[zoneFirst]!.start, tokens[cue.first]!.start)
      : [];
  const after = mentionsAfter(cue.first + 1, facts, state);
  const sides: Sides = { actors: [], recipients: [], actorCodes: [], recipientCodes: [], anaphoric: false };

  const byAgent = agentBy(tokens, after, cue, pack.roleWords.passiveAgent);
  const reported = cue.entry.speaker
    ? reportedClauseStart(tokens, zoneFirst, cue.first, pack.subordinators)
    : -1;
  // "l'attaque américaine" is a noun; "Le Vietnam critique …" uses the same form as a verb.
  const usedAsNoun = cue.entry.noun && pack.determiners.has(tokens[cue.first - 1]?.fold ?? '');
  const nounAgent = usedAsNoun
    ? (byAgent ?? agentAfterNoun(tokens, after, cue.end, pack.roleWords, !cue.entry.patient))
    : null;
  if (reported >= 0) {
    const split = tokens[reported]!.start;
    sides.actors = subjectGroup(
      tokens,
      zone.filter((m) => m.end <= split),
      pack.roleWords,
    );
    sides.recipients = subjectGroup(
      tokens,
      zone.filter((m) => m.start > split),
      pack.roleWords,
    );
  } else if (nounAgent) {
    sides.actors = [nounAgent];
  } else if (byAgent && isPassive(tokens, cue.first, pack.roleWords.passiveAuxiliaries)) {
    sides.actors = [byAgent];
    sides.recipients = subjectGroup(tokens, zone, pack.roleWords);
  } else if (isPassive(tokens, cue.first, pack.roleWords.agentlessPassive)) {
    // "ont été exhortés à…": the subject undergoes the act; who did it is not said.
    sides.recipients = subjectGroup(tokens, zone, pack.roleWords);
    return sides;
  } else {
    sides.actors = subjectGroup(tokens, zone, pack.roleWords);
  }
  if (sides.actors.length === 0 && opensIntroduction(cue, zoneFirst, facts, state, pack)) {
    sides.actors = subjectAfterIntroduction(tokens, cue.end, facts, state, pack);
  }
  // After a verb, the next mention is its object ("thanked Canada"); only "par"/"by" names an agent.
  if (sides.actors.length === 0 && byAgent) sides.actors = [byAgent];
  if (sides.actors.length === 0 && facts.previousActors.length > 0) sides.actors = facts.previousActors;
  if (sides.actors.length === 0)
    subjectFromContext(zoneFirst, cue.first, sides, state, pack, explicitAnaphora);
  // A visit is made abroad: the state it names is the host, never the visitor ("a entamé une visite en Inde").
  const domestic =
    sides.actors.length === 0 &&
    sides.actorCodes.length === 0 &&
    !cue.entry.mode.includes('visit') &&
    soleCountry(cue, facts, state, pack);
  if (domestic) {
    sides.actors = [domestic];
    sides.recipients = recipientGroup(tokens, after, new Set(), pack.roleWords);
    return sides;
  }
  const remaining = after.filter((mention) => !sides.actors.includes(mention));
  const promise = { commitment: cue.entry.commitment, dyad: state.dyad };
  if (reciprocal(sides, type, cue.entry.mutual, promise)) return sides;
  if (sides.recipients.length === 0) {
    const actorCodes = new Set([...sides.actors.map((m) => m.code), ...sides.actorCodes]);
    sides.recipients = recipientGroup(tokens, remaining, actorCodes, pack.roleWords);
  }
  otherSideOfDyad(sides, state, type);
  return sides;
}

/** A promise or an offer (the cue's commitment kind) and the article's pair of parties. */
export interface PromiseParties {
  commitment: CommitmentKind | null;
  dyad: readonly string[];
}

/**
 * "Japan and the United States pledged 3 million USD": parties promising or offering together promise
 * someone else; only the article's two sides promise each other ("the two sides pledged to…").
 */
function promisedToOthers(actorCodes: ReadonlySet<string>, { commitment, dyad }: PromiseParties): boolean {
  if (commitment !== 'promise' && commitment !== 'offer') return false;
  return !(dyad.length === 2 && dyad.every((code) => actorCodes.has(code)));
}

/**
 * "X et Y ont convenu", "X and Y exchanged fire": a reciprocal event (by type, or a `mutual` cue)
 * whose subject names both sides lists them on both sides.
 */
export function reciprocal(
  sides: Sides,
  type: PloverType,
  mutual = false,
  promisedTo: PromiseParties | null = null,
): boolean {
  const actorCodes = new Set([...sides.actors.map((m) => m.code), ...sides.actorCodes]);
  if (actorCodes.size < 2 || !(RECIPROCAL.has(type) || mutual)) return false;
  if (promisedTo && promisedToOthers(actorCodes, promisedTo)) return false;
  sides.recipients = sides.actors;
  sides.recipientCodes = sides.actorCodes;
  return true;
}

/** Acts several third parties do, each on its own, for the state the article is about: aid to a stricken country. */
const DONATIONS = new Set<PloverType>(['AID']);

/**
 * With no recipient named, an actor of the article's dyad acts on the other side of it, and a party
 * outside the dyad on the state the article is about; so do several parties outside the dyad that send
 * aid ("l'Australie et la Nouvelle-Zélande ont dépêché des secouristes") or make a promise or an offer
 * together (`jointPromise`: "Japan and the United States pledged 3 million USD").
 */
export function otherSideOfDyad(
  sides: Sides,
  state: ArticleState,
  type: PloverType,
  jointPromise = false,
): void {
  const actorCodes = new Set([...sides.actors.map((m) => m.code), ...sides.actorCodes]);
  const [first, second] = state.dyad;
  if (sides.recipients.length > 0 || !first || !second || actorCodes.size === 0) return;
  const donors =
    actorCodes.size > 1 &&
    (DONATIONS.has(type) || jointPromise) &&
    ![first, second, state.focus].some((c) => c && actorCodes.has(c));
  if (actorCodes.size !== 1 && !donors) return;
  if (actorCodes.has(first)) sides.recipientCodes = [second];
  else if (actorCodes.has(second)) sides.recipientCodes = [first];
  // A third party's act with no one named ("La Chine a fourni une aide d'urgence") is aimed at
  // the state the article is about.
  else if (state.focus) sides.recipientCodes = [state.focus];
}

/**
 * Domestic events with an unnamed actor ("Protesters in Santiago blocked…", "… suspended aid in
 * Quito"): when every mention of the sentence stands for one state and one of them is before the
 * cue or a place after it (not an addressee, "à l'ambassade de Chine"), that state acts.
 */
function soleCountry(
  cue: PatternMatch<CueEntry>,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): ActorMention | null {
  const inSentence = mentionsBetween(state.mentions, facts.span.start, facts.span.end);
  const code = inSentence[0]?.code;
  if (!code || code === 'IGO' || inSentence.some((mention) => mention.code !== code)) return null;
  const { tokens } = state;
  const cueStart = tokens[cue.first]!.start;
  const placed = (mention: ActorMention): boolean => {
    const before = tokens[tokenAt(tokens, mention.start) - 1];
    return before !== undefined && pack.roleWords.placePrepositions.has(before.fold);
  };
  return inSentence.find((mention) => mention.end <= cueStart || placed(mention)) ?? null;
}
