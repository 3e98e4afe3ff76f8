import { recordDatelines } from '../extract/dateline.js';
import { captionSpans } from '../extract/caption.js';
import { relatedLinkSpans } from '../extract/related-links.js';
import type { EventActor, EventRecord, ArticleRecord } from '../records/article.js';
import type { StageContext } from '../pipeline/stage.js';
import { foldWord } from '../entities/fold.js';
import {
  actorMentions,
  articleDyad,
  articleFocus,
  representatives,
  type ActorMention,
} from './actor-mentions.js';
import type { ArticleState, SentenceFacts } from './analysis-state.js';
import { mentionsBetween, placeAfter, tokenAt } from './clause-roles.js';
import { readCue } from './cue-reading.js';
import { compilePack, type CompiledPack } from './compiled-pack.js';
import { selectNonOverlapping, type PatternMatch } from './cue-matcher.js';
import {
  arrivalsOfVisits,
  dedupeEvents,
  discussionsOfMeetings,
  headlineEventsToBody,
  meetingsDuringVisit,
} from './dedupe-events.js';
import { launchesInAttacks } from './attack-means.js';
import { RecordTrees } from './dependency-tree.js';
import { eventCues } from './governed-cues.js';
import { governsOnTree } from './tree-governs.js';
import { cueOnTree } from './cue-placement.js';
import { senseFits } from './cue-sense.js';
import { speakerOfClause } from './tree-speakers.js';
import type { SyntaxAnalysis } from '../syntax/types.js';
import { asEventDate, datesIn, deadline, eventDate, historyBefore, newsDate } from './event-date.js';
import { datesOfCueClause, datesOnCue } from './clause-dates.js';
import { engagedPhrase } from './engaged-phrase.js';
import type { CueEntry, EventLanguagePack } from './event-lexicon.js';
import { tokenizeForEvents } from './event-tokens.js';
import { wordFamilies } from './word-family.js';
import { PLOVER_QUAD } from './plover-mapping.js';
import { rememberParticipants } from './context-subjects.js';
import { mentionsAfter, subjectZoneStart } from './resolve-sides.js';
import { sentenceTopics, unique, type SentenceTopics } from './sentence-topics.js';
import { splitSentences, type SentenceRange } from './sentences.js';

/** A date mention that names its year ("en 1976", "in March 2019"): one resolved to a past year by itself does not. */
const YEAR_NAMED = /\d{4}/u;

/** Most cues analysed in one sentence; beyond it the sentence is pathological (a diagnostic says so). */
export const MAX_CUES_PER_SENTENCE = 24;
/** Sentences longer than this many tokens are reported (they are still analysed in bounded windows). */
export const LONG_SENTENCE_TOKENS = 400;

/** Headlines are a line without a sentence's final punctuation. */
const HEADLINE = /^[^\n]{1,250}$/u;
const SENTENCE_END = /[.!?…»”"]\s*$/u;

/**
 * The record's headline: its title when the page gave one (the contract's text starts with it),
 * else the first line of the first block when it reads as one (short, not ending a sentence) and
 * more text follows it.
 */
function headlineSpan(record: ArticleRecord): { start: number; end: number } | null {
  const first = record.paragraphs[0];
  if (!first) return null;
  if (record.title)
    return record.text.startsWith(record.title) ? { start: 0, end: record.title.length } : null;
  const newline = record.text.indexOf('\n', first.start);
  const end = newline === -1 || newline > first.end ? first.end : newline;
  const line = record.text.slice(first.start, end);
  const more = record.paragraphs.length > 1 || end < first.end;
  return more && HEADLINE.test(line) && !SENTENCE_END.test(line) ? { start: first.start, end } : null;
}

/** Find the events of one record with a language pack; problems go to ctx, never thrown. */
export function extractEvents(
  record: ArticleRecord,
  pack: EventLanguagePack,
  ctx: StageContext,
  syntax: SyntaxAnalysis | null = null,
): EventRecord[] {
  const compiledPack = compilePack(pack);
  const tokens = tokenizeForEvents(record.text);
  // A dateline's place is where the report comes from, never a side ("Bruxelles, 12 mars (VNA) -").
  const datelines = recordDatelines(record);
  const mentions = actorMentions(record).filter(
    (mention) => !datelines.some((span) => mention.start >= span.start && mention.end <= span.end),
  );
  const headline = headlineSpan(record);
  const state: ArticleState = {
    record,
    tokens,
    mentions,
    persons: mentions.filter((mention) => mention.type === 'person'),
    stateNames: new Set(
      mentions
        .filter((mention) => mention.type === 'country' || mention.type === 'place')
        .map((mention) => mention.entity),
    ),
    byCode: representatives(mentions),
    dyad: articleDyad(mentions),
    focus: articleFocus(mentions, record.paragraphs),
    fallbackDate: newsDate(record),
    headlineEnd: headline?.end ?? 0,
    lastSubject: null,
    unreadSubjects: [],
    lastActors: [],
    principals: new Map(),
    principalSides: new WeakSet(),
    earlierActs: [],
    lastPair: null,
    previousTopics: null,
    trees: syntax ? new RecordTrees(syntax, compiledPack.tree.repairs) : null,
    placements: new WeakMap(),
    meetingContents: new WeakSet(),
  };
  const events: EventRecord[] = [];
  for (const sentence of splitSentences(tokens, compiledPack.abbreviations)) {
    events.push(...sentenceEvents(sentence, state, compiledPack, ctx));
  }
  const blockOf = (offset: number): number => record.paragraphs.findIndex((block) => offset < block.end);
  const cueText = (event: EventRecord): string => foldWord(record.text.slice(event.cue.start, event.cue.end));
  const persons = new Set(
    record.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id),
  );
  // Principals stand for sides named by their state alone: they name no new person of a restatement.
  const namedPerson = (side: EventActor): boolean =>
    side.entity !== null && persons.has(side.entity) && !state.principalSides.has(side);
  // A PLOVER event is between political actors: a cue with no side at all ("the striker attacked",
  // "la sécheresse menace") is a word in another sense, not an event.
  // A photo caption left in a raw text (pages have theirs taken out) shows, it does not report.
  // So does a link to another article ("Read more: …"): its news is that article's.
  const asides = [...captionSpans(record.text), ...relatedLinkSpans(record.text)];
  const inAside = (event: EventRecord): boolean =>
    asides.some((aside) => event.cue.start >= aside.start && event.cue.start < aside.end);
  const between = events.filter(
    (event) => event.actor.length + event.recipient.length > 0 && !inAside(event),
  );
  const inHeadline = (event: EventRecord): boolean => headline !== null && event.cue.start < headline.end;
  // The summary ends with the paragraph the dateline opens (title, lead, then "Hanoï (VNA) – …").
  const summaryBlocks =
    datelines.length === 0 ? undefined : blockOf(Math.min(...datelines.map((span) => span.start)));
  const deduped = dedupeEvents(
    launchesInAttacks(headlineEventsToBody(between, inHeadline)),
    blockOf,
    cueText,
    namedPerson,
    summaryBlocks,
  );
  const atArrival = (event: EventRecord): boolean => {
    const first = tokenAt(tokens, event.evidence.start);
    const last = tokenAt(tokens, event.evidence.end);
    return tokens.slice(first, last).some((token) => compiledPack.arrivalPlaces.has(token.fold));
  };
  const told = discussionsOfMeetings(deduped, (event) => state.meetingContents.has(event), namedPerson);
  return meetingsDuringVisit(arrivalsOfVisits(told, atArrival)).map((event, i) => ({
    ...event,
    id: `v${i + 1}`,
  }));
}

/** Whether an offset lies inside a person mention's name. */
function insidePersonName(state: ArticleState, offset: number): boolean {
  return state.persons.some((person) => person.start <= offset && offset < person.end);
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
    ctx.report(
      'events.long-sentence',
      `sentence of ${sentence.end - sentence.first} tokens analysed in windows`,
      span,
      'info',
    );
  }
  // A cue word inside a person's name is the name ("Don Farrell", "Hope Lee"), not an act.
  let matches = pack.cues
    .findAll(tokens, sentence.first, sentence.end)
    .filter((match) => !insidePersonName(state, tokens[match.first]!.start));
  if (matches.length > MAX_CUES_PER_SENTENCE) {
    ctx.report(
      'events.too-many-cues',
      `${matches.length} cues in one sentence; the first ${MAX_CUES_PER_SENTENCE} are analysed`,
      span,
    );
    matches = matches.slice(0, MAX_CUES_PER_SENTENCE);
  }
  // A row whose sense the tree rules out gives way to the other rows matching there.
  const heads = new Set(matches.flatMap((match) => cueOnTree(match, state)?.word.start ?? []));
  matches = matches.filter((match) => senseFits(match, state, pack, heads));
  const sentenceDates = datesIn(state.record.dates, span);
  const treeGoverns = (governor: PatternMatch<CueEntry>, cue: PatternMatch<CueEntry>): boolean | null => {
    const above = cueOnTree(governor, state);
    const below = cueOnTree(cue, state);
    if (!above || !below || above.tree !== below.tree) return null;
    return governsOnTree(above.tree, above.word, below.word);
  };
  const chosen = selectNonOverlapping(matches);
  const standsApart = (cue: PatternMatch<CueEntry>): boolean => {
    const placed = cueOnTree(cue, state);
    return placed !== null && engagedPhrase(placed.tree, placed.word, pack.tree.arguments);
  };
  const cues = eventCues(chosen, tokens, pack.clauseBreaks, sentenceDates, treeGoverns, standsApart);
  const topics = sentenceTopics(pack.topics, tokens, sentence);
  const events: EventRecord[] = [];
  const facts: SentenceFacts = {
    sentence,
    span,
    zoneFloor: sentence.first,
    topics,
    sentenceDates,
    previousActors: [],
    // Every cue word, also those inside what another cue governs ("accusé X d'avoir **violé** le
    // cessez-le-feu"): a noun in their arguments is what they are about.
    cueHeads: new Set(chosen.flatMap((cue) => cueOnTree(cue, state)?.word.start ?? [])),
  };
  for (const cue of cues) {
    const built = buildEvent(cue, facts, state, pack);
    if (built) {
      events.push(built.event);
      if (cue.entry.during) state.meetingContents.add(built.event);
      facts.previousActors = built.actors;
      if (built.actors.length > 0) {
        const cueText = state.record.text.slice(built.event.cue.start, built.event.cue.end);
        const cueFamilies = wordFamilies(foldWord(cueText));
        state.earlierActs.push({
          sentenceStart: span.start,
          actors: built.actors,
          cueFamilies,
          type: built.event.event,
        });
      }
    }
    facts.zoneFloor = cue.end;
  }
  state.previousTopics = topics;
  // A sentence that names no actor has no main subject to remember.
  const inSentence = mentionsBetween(state.mentions, span.start, span.end);
  if (inSentence.length > 0 && state.trees)
    state.unreadSubjects.push({ start: span.start, mentions: inSentence });
  return events;
}

function buildEvent(
  cue: PatternMatch<CueEntry>,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): { event: EventRecord; actors: ActorMention[] } | null {
  const { entry } = cue;
  if (!entry.event) return null;
  if (
    facts.topics.sectors.includes('sport') &&
    (pack.notInSport.has(entry.event) || pack.notInSport.has(entry.ruleId))
  )
    return null;
  const { tokens, record } = state;
  const cueSpan = { start: tokens[cue.first]!.start, end: tokens[cue.end - 1]!.end };
  const zoneFirst = subjectZoneStart(cue.first, entry.speaker, facts, state, pack);
  const reading = readCue(cue, zoneFirst, facts, state, pack);
  if (!reading) return null;
  const { sides, negated, hypothetical } = reading;
  const type = reading.retyped?.event ?? entry.event;
  const topics =
    sides.anaphoric && state.previousTopics ? merge(facts.topics, state.previousTopics) : facts.topics;
  const placed = cueOnTree(cue, state);
  const engaged = placed !== null && engagedPhrase(placed.tree, placed.word, pack.tree.arguments);
  const ownDates = datesOfCueClause(facts.sentenceDates, placed, engaged);
  const date = eventDate(ownDates, cueSpan, entry.commitment !== null, state.fallbackDate);
  // "Les deux pays ont établi leurs relations diplomatiques en 1961": history recalled, not news.
  const history = datesOnCue(ownDates, placed).some(
    (own) => YEAR_NAMED.test(own.text) && historyBefore(asEventDate(own), record.published),
  );
  if (history) return null;
  const afterMentions = mentionsAfter(cue.end, facts, state);
  const place = placeAfter(tokens, afterMentions, type === 'CONSULT', pack.roleWords);
  const actor = toEventActors(sides.actors, sides.actorCodes, state, true);
  throughSpeaker(actor, cue, facts, state, pack);
  // A reciprocal event's recipients are its actors; an addressee the text leaves unnamed stays a state.
  const recipient = toEventActors(
    sides.recipients,
    sides.recipientCodes,
    state,
    sides.recipientCodes === sides.actorCodes,
  );
  // "profondément préoccupé par la situation": a concern aimed at no one (or at home) accuses no one.
  if (entry.aimed && recipient.every((side) => actor.some((party) => party.code === side.code))) return null;
  // "held an emergency meeting": a body meeting with no counterpart named (a mention, or the pair
  // "the two countries" names) meets on its own.
  if (entry.counterpart && sides.recipients.length === 0 && sides.recipientCodes !== sides.actorCodes)
    return null;
  const consultModes = type === 'CONSULT' ? topics.mode : [];
  const cameo = reading.retyped
    ? reading.retyped.cameo
    : consultModes.includes('phone') && entry.cameo === '040'
      ? '041'
      : entry.cameo;
  const event: EventRecord = {
    id: '',
    event: type,
    mode: unique([...entry.mode, ...consultModes]),
    context: unique([...entry.context, ...topics.context]),
    sectors: topics.sectors,
    cameo,
    quad: PLOVER_QUAD[type],
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
            what: reading.what,
            due: reading.due && deadline(reading.due, record.published),
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
  return { event, actors: sides.actors };
}

function merge(a: SentenceTopics, b: SentenceTopics): SentenceTopics {
  return {
    context: unique([...a.context, ...b.context]),
    sectors: unique([...a.sectors, ...b.sectors]),
    mode: a.mode,
  };
}

/**
 * A state side (named by its name, its demonym, its capital or not at all; not by one of its organs,
 * "the Foreign Ministry met…") that acts in what a person of that state says ("Le Vietnam
 * demande…, a déclaré la porte-parole X") points at that person, as a principal: the state acts
 * through its speaker.
 */
function throughSpeaker(
  actor: EventActor[],
  cue: PatternMatch<CueEntry>,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): void {
  const placed = cueOnTree(cue, state);
  const unnamed = actor.filter((side) => side.entity === null || state.stateNames.has(side.entity));
  if (!placed || unnamed.length === 0) return;
  const inSentence = mentionsBetween(state.mentions, facts.span.start, facts.span.end);
  const speaker = speakerOfClause(placed.tree, placed.word, pack.tree.arguments.speechVerbs, inSentence);
  const side = speaker && unnamed.find((candidate) => candidate.code === speaker.code);
  if (!speaker || !side) return;
  side.entity = speaker.entity;
  side.sector = speaker.sector;
  state.principalSides.add(side);
}

/**
 * One EventActor per code, pointing at the first entity that stands for it; with `byPrincipal`, a side
 * named by its code alone ("les deux parties") points at the person who last stood for that code in
 * an event (`principals`), else at the country.
 */
function toEventActors(
  group: readonly ActorMention[],
  codes: readonly string[],
  { byCode, principals, principalSides }: ArticleState,
  byPrincipal: boolean,
): EventActor[] {
  const actors: EventActor[] = [];
  const seen = new Set<string>();
  // A person stands for the side better than a demonym of the same country in the same group.
  const ranked = [...group].sort((a, b) => Number(b.type === 'person') - Number(a.type === 'person'));
  for (const mention of ranked) {
    if (seen.has(mention.code)) continue;
    seen.add(mention.code);
    const side: EventActor = { code: mention.code, entity: mention.entity, sector: mention.sector };
    if (mention.org) side.org = mention.org;
    actors.push(side);
  }
  actors.sort(
    (a, b) => group.findIndex((m) => m.code === a.code) - group.findIndex((m) => m.code === b.code),
  );
  for (const code of codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    const principal = byPrincipal ? principals.get(code) : undefined;
    const country = byCode.get(code);
    const entity = principal ?? (country?.type === 'country' ? country : undefined);
    const side: EventActor = { code, entity: entity?.entity ?? null, sector: entity?.sector ?? null };
    if (principal) principalSides.add(side);
    actors.push(side);
  }
  return actors;
}
