import type { ArticleRecord, EventActor, EventRecord, PloverType } from '../records/article.js';
import type { StageContext } from '../pipeline/stage.js';
import { foldWord } from '../entities/fold.js';
import { actorMentions, articleDyad, type ActorMention } from './actor-mentions.js';
import {
  agentAfter,
  isPassive,
  mentionsBetween,
  placeAfter,
  recipientGroup,
  ROLE_WINDOW_TOKENS,
  subjectGroup,
  type RoleWords,
} from './clause-roles.js';
import { commitmentObject } from './commitment-object.js';
import { PatternMatcher, selectNonOverlapping, type PatternMatch } from './cue-matcher.js';
import { compilePattern, type PatternElement } from './cue-pattern.js';
import { dedupeEvents } from './dedupe-events.js';
import { datesIn, eventDates, newsDate, type EventDate } from './event-date.js';
import type { CueEntry, EventLanguagePack, TopicEntry } from './event-lexicon.js';
import { tokenizeForEvents, type EventToken } from './event-tokens.js';
import { isHypothetical, isNegated, type ModalityWords } from './modality.js';
import { cameoMapping, PLOVER_QUAD } from './plover-mapping.js';
import { sentenceTopics, unique, type SentenceTopics } from './sentence-topics.js';
import { splitSentences, type SentenceRange } from './sentences.js';

/** Most cues analysed in one sentence; beyond it the sentence is pathological (a diagnostic says so). */
export const MAX_CUES_PER_SENTENCE = 24;
/** Sentences longer than this many tokens are reported (they are still analysed in bounded windows). */
export const LONG_SENTENCE_TOKENS = 400;

/** Types whose actors act together when the subject names both sides ("X et Y ont convenu"). */
const RECIPROCAL: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

interface CompiledPack {
  pack: EventLanguagePack;
  cues: PatternMatcher<CueEntry>;
  topics: PatternMatcher<TopicEntry>;
  dyadPhrases: PatternMatcher<{ elements: PatternElement[]; plural: boolean }>;
  anaphors: PatternMatcher<{ elements: PatternElement[] }>;
  abbreviations: ReadonlySet<string>;
  roleWords: RoleWords;
  modality: ModalityWords;
  subordinators: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
}

const foldSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));
const noLemmas = (): undefined => undefined;
const compiled = new WeakMap<EventLanguagePack, CompiledPack>();

function compile(pack: EventLanguagePack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const { grammar } = pack;
  const phrase = (text: string): PatternElement[] => compilePattern(text.replace(/\s+/gu, ' '), noLemmas);
  const result: CompiledPack = {
    pack,
    cues: new PatternMatcher(pack.cues),
    topics: new PatternMatcher(pack.topics),
    dyadPhrases: new PatternMatcher(
      grammar.dyadPhrases.map((text) => ({ elements: phrase(text), plural: !/\s/u.test(text.trim()) })),
    ),
    anaphors: new PatternMatcher(grammar.singularAnaphors.map((text) => ({ elements: phrase(text) }))),
    abbreviations: new Set(grammar.abbreviations),
    roleWords: {
      coordinators: foldSet(grammar.coordinators),
      agentPrepositions: foldSet(grammar.agentPrepositions),
      passiveAuxiliaries: foldSet(grammar.passiveAuxiliaries),
      passiveAgent: foldSet(grammar.passiveAgent),
      placePrepositions: foldSet(grammar.placePrepositions),
    },
    modality: {
      negationMarkers: foldSet(grammar.negation.markers),
      negationClosers: foldSet(grammar.negation.closers),
      negationStandalone: foldSet(grammar.negation.standalone),
      modality: foldSet(grammar.modality),
    },
    subordinators: foldSet(grammar.reportingSubordinators),
    clauseBreaks: foldSet(grammar.clauseBreaks),
  };
  compiled.set(pack, result);
  return result;
}

/** What one sentence's analysis needs from the article around it. */
interface ArticleState {
  record: ArticleRecord;
  tokens: EventToken[];
  mentions: ActorMention[];
  dyad: string[];
  fallbackDate: EventDate | null;
  /** The last person who acted, for "il" / "le ministre". */
  lastPerson: ActorMention | null;
  /** Both sides of the previous event, for "ils" / "they". */
  lastParticipants: ActorMention[];
  previousTopics: SentenceTopics | null;
}

/** Find the events of one record with a language pack; problems go to ctx, never thrown. */
export function extractEvents(record: ArticleRecord, pack: EventLanguagePack, ctx: StageContext): EventRecord[] {
  const compiledPack = compile(pack);
  const tokens = tokenizeForEvents(record.text);
  const mentions = actorMentions(record);
  const state: ArticleState = {
    record,
    tokens,
    mentions,
    dyad: articleDyad(mentions),
    fallbackDate: newsDate(record),
    lastPerson: null,
    lastParticipants: [],
    previousTopics: null,
  };
  const events: EventRecord[] = [];
  for (const sentence of splitSentences(tokens, compiledPack.abbreviations)) {
    events.push(...sentenceEvents(sentence, state, compiledPack, ctx));
  }
  const blockOf = (offset: number): number => record.paragraphs.findIndex((block) => offset < block.end);
  return dedupeEvents(events, blockOf).map((event, i) => ({ ...event, id: `v${i + 1}` }));
}

function sentenceEvents(
  sentence: SentenceRange,
  state: ArticleState,
  pack: CompiledPack,
  ctx: StageContext,
): EventRecord[] {
  const { tokens } = state;
  const span = { start: tokens[sentence.first]!.start, end: tokens[sentence.end - 1]!.end };
  if (sentence.end - sentence.first > LONG_SENTENCE_TOKENS) {
    ctx.report('events.long-sentence', `sentence of ${sentence.end - sentence.first} tokens analysed in windows`, span, 'info');
  }
  let matches = pack.cues.findAll(tokens, sentence.first, sentence.end);
  if (matches.length > MAX_CUES_PER_SENTENCE) {
    ctx.report('events.too-many-cues', `${matches.length} cues in one sentence; the first ${MAX_CUES_PER_SENTENCE} are analysed`, span);
    matches = matches.slice(0, MAX_CUES_PER_SENTENCE);
  }
  const cues = governingFilter(selectNonOverlapping(matches), tokens, pack.clauseBreaks);
  const topics = sentenceTopics(pack.topics, tokens, sentence);
  const sentenceDates = datesIn(state.record.dates, span);
  const events: EventRecord[] = [];
  let zoneFloor = sentence.first;
  for (const cue of cues) {
    const event = buildEvent(cue, { sentence, span, zoneFloor, topics, sentenceDates }, state, pack);
    if (event) events.push(event);
    zoneFloor = cue.end;
  }
  state.previousTopics = topics;
  return events;
}

/** Cues inside what a governing cue asks or promises ("a demandé … de soutenir") are not events. */
function governingFilter(
  cues: ReadonlyArray<PatternMatch<CueEntry>>,
  tokens: readonly EventToken[],
  clauseBreaks: ReadonlySet<string>,
): Array<PatternMatch<CueEntry>> {
  const kept: Array<PatternMatch<CueEntry>> = [];
  let governor: PatternMatch<CueEntry> | null = null;
  for (const cue of cues) {
    if (cue.entry.event === null) continue;
    if (governor) {
      let broken = false;
      for (let i = governor.end; i < cue.first && !broken; i++) broken = clauseBreaks.has(tokens[i]!.fold);
      if (!broken) continue;
    }
    kept.push(cue);
    governor = cue.entry.governs ? cue : null;
  }
  return kept;
}

interface SentenceFacts {
  sentence: SentenceRange;
  span: { start: number; end: number };
  zoneFloor: number;
  topics: SentenceTopics;
  sentenceDates: ReturnType<typeof datesIn>;
}

interface Sides {
  actors: ActorMention[];
  recipients: ActorMention[];
  /** Codes that come from the dyad with no mention behind them. */
  actorCodes: string[];
  recipientCodes: string[];
  anaphoric: boolean;
}

function buildEvent(
  cue: PatternMatch<CueEntry>,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): EventRecord | null {
  const { entry } = cue;
  if (!entry.event) return null;
  const { tokens, record } = state;
  const cueSpan = { start: tokens[cue.first]!.start, end: tokens[cue.end - 1]!.end };
  const zoneFirst = subjectZoneStart(cue.first, facts, state, pack);
  const sides = resolveSides(cue, zoneFirst, facts, state, pack);
  const type = entry.event;
  const negated = isNegated(tokens, zoneFirst, cue.first, pack.modality);
  const hypothetical = isHypothetical(tokens, zoneFirst, cue.first, pack.modality);
  const topics = sides.anaphoric && state.previousTopics ? merge(facts.topics, state.previousTopics) : facts.topics;
  const mapping = cameoMapping(entry.cameo);
  const { date, due } = eventDates(facts.sentenceDates, cueSpan, entry.commitment !== null, state.fallbackDate);
  const afterMentions = mentionsAfter(cue.end, facts, state);
  const place = placeAfter(tokens, afterMentions, type === 'CONSULT', pack.roleWords);
  const actor = toEventActors(sides.actors, sides.actorCodes, state.mentions);
  const recipient = toEventActors(sides.recipients, sides.recipientCodes, state.mentions);
  const consultModes = type === 'CONSULT' ? topics.mode : [];
  const event: EventRecord = {
    id: '',
    event: type,
    mode: unique([...entry.mode, ...consultModes]),
    context: unique([...entry.context, ...topics.context]),
    sectors: topics.sectors,
    cameo: entry.cameo,
    quad: PLOVER_QUAD[type] ?? mapping?.quad ?? 1,
    actor,
    recipient,
    date,
    place: place ? { name: record.text.slice(place.start, place.end), code: place.code } : null,
    commitment:
      entry.commitment && !negated
        ? {
            kind: entry.commitment,
            by: actor[0]?.code ?? null,
            to: recipient.find((side) => side.code !== actor[0]?.code)?.code ?? null,
            what: commitmentObject(tokens, cue.end, facts.sentence.end, record.text),
            due,
            status: 'open',
          }
        : null,
    negated,
    hypothetical,
    evidence: facts.span,
    cue: cueSpan,
    ruleId: entry.ruleId,
    confidence: Math.round(entry.confidence * (actor.length > 0 ? 1 : 0.7) * 100) / 100,
  };
  rememberParticipants(sides, state);
  return event;
}

function merge(a: SentenceTopics, b: SentenceTopics): SentenceTopics {
  return {
    context: unique([...a.context, ...b.context]),
    sectors: unique([...a.sectors, ...b.sectors]),
    mode: a.mode,
  };
}

/** Where the subject of a cue may start: after a reporting "que"/"that", a clause break, the previous cue or the dateline. */
function subjectZoneStart(cueFirst: number, facts: SentenceFacts, state: ArticleState, pack: CompiledPack): number {
  const floor = Math.max(facts.zoneFloor, cueFirst - ROLE_WINDOW_TOKENS);
  const { tokens, record } = state;
  let first = floor;
  for (let i = cueFirst - 1; i >= floor; i--) {
    const fold = tokens[i]!.fold;
    if (pack.subordinators.has(fold) || fold === ';' || fold === ':') {
      const hasMention = mentionsBetween(state.mentions, tokens[i]!.end, tokens[cueFirst]!.start).length > 0;
      if (hasMention) first = i + 1;
      break;
    }
  }
  const dateline = record.dateline;
  while (dateline && first < cueFirst && tokens[first]!.start < dateline.end && tokens[first]!.start >= dateline.start) first++;
  return first;
}

function mentionsAfter(cueEnd: number, facts: SentenceFacts, state: ArticleState): ActorMention[] {
  const { tokens } = state;
  const last = Math.min(facts.sentence.end, cueEnd + ROLE_WINDOW_TOKENS) - 1;
  if (cueEnd > last) return [];
  return mentionsBetween(state.mentions, tokens[cueEnd]!.start, tokens[last]!.end);
}

function resolveSides(
  cue: PatternMatch<CueEntry>,
  zoneFirst: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): Sides {
  const { tokens } = state;
  const type = cue.entry.event!;
  const zone =
    zoneFirst < cue.first ? mentionsBetween(state.mentions, tokens[zoneFirst]!.start, tokens[cue.first]!.start) : [];
  const after = mentionsAfter(cue.end, facts, state);
  const sides: Sides = { actors: [], recipients: [], actorCodes: [], recipientCodes: [], anaphoric: false };

  const byAgent = agentAfter(tokens, after, cue.end, pack.roleWords.passiveAgent);
  if (isPassive(tokens, cue.first, pack.roleWords) && byAgent) {
    sides.actors = [byAgent];
    sides.recipients = subjectGroup(tokens, zone, pack.roleWords);
  } else {
    sides.actors = subjectGroup(tokens, zone, pack.roleWords);
  }
  if (sides.actors.length === 0) subjectFromContext(cue, zoneFirst, after, sides, state, pack);

  const actorCodes = new Set([...sides.actors.map((m) => m.code), ...sides.actorCodes]);
  if (actorCodes.size >= 2 && RECIPROCAL.has(type)) {
    sides.recipients = sides.actors;
    sides.recipientCodes = sides.actorCodes;
    return sides;
  }
  if (sides.recipients.length === 0) {
    const remaining = after.filter((mention) => !sides.actors.includes(mention));
    sides.recipients = recipientGroup(tokens, remaining, actorCodes, pack.roleWords);
  }
  const [first, second] = state.dyad;
  if (sides.recipients.length === 0 && first && second && actorCodes.size === 1) {
    if (actorCodes.has(first)) sides.recipientCodes = [second];
    else if (actorCodes.has(second)) sides.recipientCodes = [first];
  }
  return sides;
}

/** No mention before the cue: "les deux parties", "ils", "il", "le ministre", or a noun cue's agent. */
function subjectFromContext(
  cue: PatternMatch<CueEntry>,
  zoneFirst: number,
  after: readonly ActorMention[],
  sides: Sides,
  state: ArticleState,
  pack: CompiledPack,
): void {
  const { tokens } = state;
  const dyadPhrase = pack.dyadPhrases.findAll(tokens, zoneFirst, cue.first)[0];
  if (dyadPhrase) {
    sides.anaphoric = true;
    const previousCodes = new Set(state.lastParticipants.map((m) => m.code));
    if (dyadPhrase.entry.plural && previousCodes.size >= 2) sides.actors = [...state.lastParticipants];
    else sides.actorCodes = [...state.dyad];
    return;
  }
  if (cue.entry.noun) {
    const agent = agentAfter(tokens, after, cue.end, pack.roleWords.agentPrepositions);
    if (agent) {
      sides.actors = [agent];
      return;
    }
  }
  const anaphor = pack.anaphors.findAll(tokens, zoneFirst, cue.first)[0];
  const person = state.lastPerson ?? lastPersonBefore(state.mentions, tokens[cue.first]!.start);
  if ((anaphor || zoneFirst < cue.first) && person) {
    sides.actors = [person];
    sides.anaphoric = true;
  }
}

function lastPersonBefore(mentions: readonly ActorMention[], offset: number): ActorMention | null {
  let found: ActorMention | null = null;
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    if (mention.type === 'person') found = mention;
  }
  return found;
}

function rememberParticipants(sides: Sides, state: ArticleState): void {
  const person = [...sides.actors].reverse().find((mention) => mention.type === 'person');
  if (person) state.lastPerson = person;
  const participants = [...sides.actors, ...sides.recipients];
  for (const code of [...sides.actorCodes, ...sides.recipientCodes]) {
    const mention = state.mentions.find((m) => m.code === code);
    if (mention) participants.push(mention);
  }
  if (participants.length > 0) state.lastParticipants = participants;
}

/** One EventActor per code, pointing at the first entity that stands for it. */
function toEventActors(group: readonly ActorMention[], codes: readonly string[], mentions: readonly ActorMention[]): EventActor[] {
  const actors: EventActor[] = [];
  const seen = new Set<string>();
  for (const mention of group) {
    if (seen.has(mention.code)) continue;
    seen.add(mention.code);
    actors.push({ code: mention.code, entity: mention.entity, sector: mention.sector });
  }
  for (const code of codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    const country = mentions.find((m) => m.code === code && m.type === 'country');
    actors.push({ code, entity: country?.entity ?? null, sector: country?.sector ?? null });
  }
  return actors;
}
