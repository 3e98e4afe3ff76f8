import type { EventActor, EventRecord } from '../records/article.js';
import { wordFamilies } from './word-family.js';

/** Types whose two sides are interchangeable when deciding whether two statements are one event. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function codes(side: EventRecord['actor']): string {
  return side
    .map((actor) => actor.code)
    .sort()
    .join(',');
}

function participants(event: EventRecord): string {
  return SYMMETRIC.has(event.event)
    ? [...new Set([...event.actor, ...event.recipient].map((actor) => actor.code))].sort().join(',')
    : `${codes(event.actor)}>${codes(event.recipient)}`;
}

function identity(event: EventRecord): string {
  const kind = event.event === 'CONSULT' ? '' : `${event.cameo}/${event.commitment?.kind ?? ''}`;
  return `${event.event}|${kind}|${participants(event)}|${event.negated}|${event.hypothetical}`;
}

/**
 * What one sentence — or, for a stance, one paragraph — can tell only once: one type from the same
 * side to the same side ("condamne… et l'accuse de…"), whatever the CAMEO shade of each word; an
 * invitation and its acceptance go opposite ways and stay two.
 */
function sentenceIdentity(event: EventRecord, blockOf: (offset: number) => number): string {
  const direction = `${codes(event.actor)}>${codes(event.recipient)}`;
  const where = STANCES.has(event.event) ? `p${blockOf(event.evidence.start)}` : `s${event.evidence.start}`;
  return `${event.event}|${direction}|${event.negated}|${event.hypothetical}|${where}`;
}

/**
 * Stances a paragraph states once between the same sides, however many sentences develop them (a
 * spokesperson's condemnation, rejection or thanks); requests, offers and acts each have an object
 * of their own and stay apart.
 */
const STANCES = new Set(['ACCUSE', 'REJECT', 'SUPPORT']);

/** Whether an event's side is a person its statement names (not one inferred from the context). */
export type NamedPerson = (side: EventActor) => boolean;

function persons(event: EventRecord, isPerson: NamedPerson): string[] {
  return [...event.actor, ...event.recipient].flatMap((side) =>
    side.entity && isPerson(side) ? [side.entity] : [],
  );
}

/** A restatement names no person the first statement did not (else it is another meeting or act). */
function namesNoNewPerson(earlier: EventRecord, later: EventRecord, isPerson: NamedPerson): boolean {
  const known = new Set(persons(earlier, isPerson));
  return persons(later, isPerson).every((person) => known.has(person));
}

/** The committed predicate: the first word of a commitment's object ("poursuivre", "renforcer"). */
function committedPredicate(event: EventRecord): string | null {
  return event.commitment?.what?.toLowerCase().match(/\p{L}+/u)?.[0] ?? null;
}

/**
 * Two commitments to different acts ("convenu de continuer à…", later "convenu de poursuivre les
 * négociations") are two agreements, not one restated.
 */
function differentObjects(earlier: EventRecord, later: EventRecord): boolean {
  // An invitation asks for a visit of its own: agreeing to a proposal and inviting are two acts.
  if ((earlier.commitment?.kind === 'invitation') !== (later.commitment?.kind === 'invitation')) return true;
  const before = committedPredicate(earlier);
  const after = committedPredicate(later);
  return before !== null && after !== null && before !== after;
}

/** Talks reported after a phone call on the same day between the same parties are that call. */
function sameCall(earlier: EventRecord, later: EventRecord): boolean {
  return earlier.mode.includes('phone') && !!earlier.date?.value && earlier.date.value === later.date?.value;
}

/** The word family of a cue (its folded text): its first word's (`wordFamily`). */
function cueStem(cueText: string): string {
  return wordFamilies(cueText)[0] ?? cueText;
}

/**
 * "X, en visite d'État au Pérou, s'est entretenu avec Y": a visit and talks told in one sentence are
 * one encounter, which the talks name (the visit stays its mode, and gives its sides' direction).
 */
function visitToldByTalks(earlier: EventRecord, later: EventRecord): boolean {
  return (
    earlier.event === 'CONSULT' &&
    later.event === 'CONSULT' &&
    earlier.mode.includes('visit') &&
    !later.mode.includes('visit')
  );
}

/**
 * Whether a date can be the day of another: none given, the same, or an interval around it ("du 6
 * au 8 mai" around "le 7 mai"; EDTF values of one shape compare as strings).
 */
function dateCovers(span: string | null | undefined, day: string | null | undefined): boolean {
  if (!span || span === day) return true;
  const [from, to] = span.split('/');
  return !!day && !!to && from!.length === day.length && from! <= day && day <= to;
}

/**
 * "Y welcomed X to Hanoi…", later "X said he was pleased to make his first visit to Vietnam": the
 * visit a later sentence names between the parties of talks or a reception told earlier is the
 * trip those were part of, not another encounter (its mode joins theirs); a visit dated another day
 * (an arrival the day before) stays an event of its own.
 */
function visitOfEncounter(earlier: EventRecord, later: EventRecord): boolean {
  return visitToldByTalks(later, earlier) && dateCovers(later.date?.value, earlier.date?.value);
}

/**
 * The summary blocks of an article when no paragraph opens with a dateline: title, lead and the
 * paragraph that restates the lead. With a dateline, the summary ends with the paragraph it opens
 * (the caller passes that block).
 */
const SUMMARY_BLOCKS = 2;

/**
 * One event per statement: an event restated — in the dateline paragraph after the title or lead,
 * anywhere later with a cue of the same word family ("préoccupation" then "préoccupé"), or talks after a phone call that day — merges into its earliest mention, which keeps its
 * evidence and takes the date, place and commitment a later mention adds. Two meetings reported in
 * the body stay two events.
 */
export function dedupeEvents(
  events: EventRecord[],
  blockOf: (offset: number) => number,
  cueText: (event: EventRecord) => string,
  isPerson: NamedPerson,
  summaryBlocks = SUMMARY_BLOCKS,
): EventRecord[] {
  const kept: EventRecord[] = [];
  const earlierByIdentity = new Map<string, EventRecord[]>();
  const earlierInSentence = new Map<string, EventRecord[]>();
  for (const event of events) {
    const key = identity(event);
    const sentenceKey = sentenceIdentity(event, blockOf);
    const block = blockOf(event.evidence.start);
    const hasParticipants = event.actor.length > 0 || event.recipient.length > 0;
    const restates = (candidate: EventRecord): boolean =>
      namesNoNewPerson(candidate, event, isPerson) && !differentObjects(candidate, event);
    // One sentence telling one act twice ("a adressé une lettre de protestation…, condamnant…").
    const inSentence = (earlierInSentence.get(sentenceKey) ?? []).find(restates);
    const earlier =
      inSentence ??
      (earlierByIdentity.get(key) ?? []).find((candidate) => {
        if (!restates(candidate)) return false;
        if (event.event === 'CONSULT' && sameCall(candidate, event)) return true;
        if (visitOfEncounter(candidate, event)) return true;
        const candidateBlock = blockOf(candidate.evidence.start);
        if (candidateBlock === block) return false;
        return block <= summaryBlocks || cueStem(cueText(candidate)) === cueStem(cueText(event));
      });
    if (earlier && hasParticipants) {
      if (inSentence === earlier && visitToldByTalks(earlier, event)) {
        earlier.cue = event.cue;
        earlier.ruleId = event.ruleId;
        earlier.cameo = event.cameo;
        earlier.confidence = event.confidence;
      }
      if (!earlier.date?.value && event.date?.value) earlier.date = event.date;
      earlier.date ??= event.date;
      earlier.place ??= event.place;
      earlier.commitment ??= event.commitment;
      earlier.mode = [...new Set([...earlier.mode, ...event.mode])].sort();
      continue;
    }
    earlierByIdentity.set(key, [...(earlierByIdentity.get(key) ?? []), event]);
    earlierInSentence.set(sentenceKey, [...(earlierInSentence.get(sentenceKey) ?? []), event]);
    kept.push(event);
  }
  return kept;
}

function codesOf(event: EventRecord): Set<string> {
  return new Set([...event.actor, ...event.recipient].map((side) => side.code));
}

/**
 * A headline summarises the report: an event in it that the body tells again (same type, a party
 * in common) is the body's statement, which gives the persons, the date and the full sentence. A
 * headline event the body never tells stays.
 */
export function headlineEventsToBody(
  events: EventRecord[],
  inHeadline: (event: EventRecord) => boolean,
): EventRecord[] {
  return events.filter((event, i) => {
    if (!inHeadline(event)) return true;
    const parties = codesOf(event);
    return !events.some(
      (later, j) =>
        j > i &&
        !inHeadline(later) &&
        later.event === event.event &&
        later.negated === event.negated &&
        [...codesOf(later)].some((code) => parties.has(code)),
    );
  });
}

/** Both sides of an event as one sorted key ("RUS,VNM"). */
function parties(event: EventRecord): string {
  return [...new Set([...event.actor, ...event.recipient].map((side) => side.code))].sort().join(',');
}

/**
 * Talks between the parties of a visit reported in the same record take place during it: mode
 * `visit`. A visit told in the same sentence as those talks is told by them ("Recevant X en visite
 * officielle, Y s'est entretenu avec…"): one encounter, not two events.
 */
export function meetingsDuringVisit(events: EventRecord[]): EventRecord[] {
  const isVisit = (e: EventRecord): boolean => e.event === 'CONSULT' && e.mode.includes('visit');
  const isMeeting = (e: EventRecord): boolean =>
    e.event === 'CONSULT' && e.mode.length === 0 && !e.negated && !e.hypothetical;
  const visiting = new Set(events.filter(isVisit).map(parties));
  const key = (e: EventRecord): string => `${e.evidence.start}|${parties(e)}`;
  // A visit told in the talks' sentence: the talks tell it, with its direction (visitor to host).
  const toldBy = new Map<string, EventRecord>();
  for (const event of events) if (isVisit(event) && !event.negated) toldBy.set(key(event), event);
  const met = new Set(events.filter(isMeeting).map(key));
  return events.flatMap((event) => {
    if (isVisit(event) && !event.negated && met.has(key(event))) return [];
    if (!isMeeting(event) || !visiting.has(parties(event))) return [event];
    const visit = toldBy.get(key(event));
    return [
      visit
        ? { ...event, mode: ['visit'], actor: visit.actor, recipient: visit.recipient }
        : { ...event, mode: ['visit'] },
    ];
  });
}

/**
 * A CONSULT that tells again an encounter told before it (`retells` an earlier counted one between the
 * same parties): dropped, after `absorb` gives the earlier one what it adds. Only events `counts`
 * accepts, not negated and not planned, are encounters; each kept one may be retold later.
 */
function withoutRetellings(
  events: EventRecord[],
  counts: (event: EventRecord) => boolean,
  retells: (earlier: EventRecord, later: EventRecord) => boolean,
  absorb: (earlier: EventRecord, later: EventRecord) => void = () => {},
): EventRecord[] {
  const told: EventRecord[] = [];
  return events.filter((event) => {
    if (event.event !== 'CONSULT' || event.negated || event.hypothetical || !counts(event)) return true;
    const earlier = told.find(
      (candidate) => parties(candidate) === parties(event) && retells(candidate, event),
    );
    if (!earlier) {
      told.push(event);
      return true;
    }
    absorb(earlier, event);
    return false;
  });
}

/**
 * "Il a été accueilli à l'aéroport par…": a welcome at the arrival (`atArrival`: its sentence names an
 * airport, a plane, the tarmac) told after a visit between the same parties is that visit's arrival,
 * as PLOVER/CAMEO code a visit once; it gives the visit the date it lacks. A welcome with no visit
 * reported before it is the encounter and stays.
 */
export function arrivalsOfVisits(
  events: EventRecord[],
  atArrival: (event: EventRecord) => boolean,
): EventRecord[] {
  return withoutRetellings(
    events,
    (event) => event.mode.includes('visit'),
    (_visit, welcome) => atArrival(welcome),
    (visit, welcome) => {
      if (!visit.date?.value && welcome.date?.value) visit.date = welcome.date;
    },
  );
}

/**
 * "Les deux parties ont discuté de…", "they exchanged views on…" after "X a reçu Y": what the parties
 * of a meeting did during it (`during`: the cue tells a meeting's content) is that meeting, when a
 * meeting between the same parties, not negated and not planned, was told before it that day (or
 * either is undated) and it names no new person. Told alone, it is the meeting.
 */
export function discussionsOfMeetings(
  events: EventRecord[],
  tellsContent: (event: EventRecord) => boolean,
  isPerson: NamedPerson,
): EventRecord[] {
  const sameDay = (a: EventRecord, b: EventRecord): boolean =>
    !a.date?.value || !b.date?.value || a.date.value === b.date.value;
  return withoutRetellings(
    events,
    () => true,
    (meeting, discussion) =>
      tellsContent(discussion) &&
      sameDay(meeting, discussion) &&
      namesNoNewPerson(meeting, discussion, isPerson),
  );
}
