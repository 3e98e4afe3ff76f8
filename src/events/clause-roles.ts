import type { ActorMention } from './actor-mentions.js';
import { firstMentionFrom } from './actor-mentions.js';
import type { EventToken } from './event-tokens.js';

/** Tokens the role analysis looks at on each side of a cue, so long sentences stay linear. */
export const ROLE_WINDOW_TOKENS = 80;
/** Tokens after a cue where "par"/"by" may introduce its agent. */
const AGENT_WINDOW = 6;
/** Largest gap (tokens) between two coordinated mentions ("X et le ministre russe Y"). */
const COORDINATION_GAP = 8;
/** Most mentions one side of an event lists. */
const MAX_SIDE_MENTIONS = 8;

/** The words the role analysis needs, as folded-word sets. */
export interface RoleWords {
  recipientPrepositions: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  agentlessPassive: ReadonlySet<string>;
  passiveAgent: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
}

/** Mentions lying entirely inside [start, end). */
export function mentionsBetween(
  mentions: readonly ActorMention[],
  start: number,
  end: number,
): ActorMention[] {
  const found: ActorMention[] = [];
  for (let i = firstMentionFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) found.push(mentions[i]!);
  }
  return found;
}

/** Token index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly EventToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** "with China", "à la partie russe": the mention is an object, not a subject (up to 3 words back, no punctuation). */
function afterPreposition(
  tokens: readonly EventToken[],
  mention: ActorMention,
  prepositions: ReadonlySet<string>,
): boolean {
  const at = tokenAt(tokens, mention.start);
  for (let i = at - 1; i >= Math.max(0, at - 3) && tokens[i]!.isWord; i--) {
    if (prepositions.has(tokens[i]!.fold)) return true;
  }
  return false;
}

function coordinated(
  tokens: readonly EventToken[],
  left: ActorMention,
  right: ActorMention,
  words: RoleWords,
): boolean {
  const first = tokenAt(tokens, left.end);
  const end = tokenAt(tokens, right.start);
  if (end - first > COORDINATION_GAP || end < first) return false;
  for (let i = first; i < end; i++) if (words.coordinators.has(tokens[i]!.fold)) return true;
  return end === first;
}

/**
 * The subject group before a cue: the last mention (persons preferred: they are who acts) and the
 * mentions coordinated with it ("Pham Binh Minh et Sergueï Lavrov").
 */
export function subjectGroup(
  tokens: readonly EventToken[],
  zone: readonly ActorMention[],
  words: RoleWords,
): ActorMention[] {
  // "avec la partie indonésienne", "en Ukraine": objects and places, not subjects.
  const subjects = zone.filter(
    (mention) =>
      !afterPreposition(tokens, mention, words.recipientPrepositions) &&
      !afterPreposition(tokens, mention, words.placePrepositions),
  );
  const candidates = subjects.length > 0 ? subjects : zone;
  const actors = candidates.filter((mention) => mention.type !== 'place');
  const persons = actors.filter((mention) => mention.type === 'person');
  // A capital alone stands for its government ("Washington demanded"), so places come last.
  const pool = persons.length > 0 ? persons : actors.length > 0 ? actors : candidates;
  const head = pool[pool.length - 1];
  if (!head) return [];
  const group = [head];
  for (let i = pool.length - 2; i >= 0 && group.length < MAX_SIDE_MENTIONS; i--) {
    const candidate = pool[i]!;
    if (candidate.end > group[0]!.start) continue;
    if (!coordinated(tokens, candidate, group[0]!, words)) break;
    group.unshift(candidate);
  }
  return group;
}

/** The first mention after a cue whose code is not an actor's, with the mentions coordinated with it. */
export function recipientGroup(
  tokens: readonly EventToken[],
  after: readonly ActorMention[],
  actorCodes: ReadonlySet<string>,
  words: RoleWords,
): ActorMention[] {
  // "thanked for supporting Timor-Leste…, helping the country in ASEAN accession": a mention of the
  // actor's own side after the cue opens what the act is about; what follows it is no addressee.
  const own = after.findIndex((mention) => actorCodes.has(mention.code));
  const others = own >= 0 ? after.slice(0, own) : after;
  const actors = others.filter((mention) => mention.type !== 'place');
  // A place after the cue is usually where it happens ("à Genève"), so it is a recipient only alone.
  const pool = actors.length > 0 ? actors : others;
  const head = pool[0];
  if (!head) return [];
  const group = [head];
  for (let i = 1; i < pool.length && group.length < MAX_SIDE_MENTIONS; i++) {
    const candidate = pool[i]!;
    const last = group[group.length - 1]!;
    if (candidate.start < last.end) continue;
    // "le chef de la diplomatie russe, Sergueï Lavrov": an apposition names the same side.
    const apposition =
      candidate.code === last.code && tokenAt(tokens, candidate.start) - tokenAt(tokens, last.end) <= 2;
    if (!apposition && !coordinated(tokens, last, candidate, words)) break;
    group.push(candidate);
  }
  return group;
}

/** "par la police vietnamienne", "by Burundian militiamen": a mention just after an agent preposition near the cue. */
export function agentBy(
  tokens: readonly EventToken[],
  after: readonly ActorMention[],
  cue: { first: number; end: number },
  prepositions: ReadonlySet<string>,
): ActorMention | null {
  // From inside a gapped cue ("retrait par la Chine du groupe") to a few words after it.
  for (let i = cue.first + 1; i < cue.end + AGENT_WINDOW && i < tokens.length; i++) {
    if (!tokens[i]!.isWord) return null;
    if (!prepositions.has(tokens[i]!.fold)) continue;
    const mention = after.find((m) => m.start >= tokens[i]!.end);
    if (mention && tokenAt(tokens, mention.start) - i <= 3) return mention;
  }
  return null;
}

/**
 * The agent written after a noun cue: an adjacent demonym ("l'attaque américaine") or, for nouns
 * whose complement names the author ("message de félicitations du Front…"), a mention right after
 * "de"/"of". A recipient preposition on the way ("au", "contre", "to") means there is none.
 */
export function agentAfterNoun(
  tokens: readonly EventToken[],
  after: readonly ActorMention[],
  cueEnd: number,
  words: RoleWords,
  complementIsAgent: boolean,
): ActorMention | null {
  const first = after[0];
  if (!first) return null;
  const mentionToken = tokenAt(tokens, first.start);
  if (mentionToken === cueEnd) return first;
  if (!complementIsAgent || mentionToken - cueEnd > 3) return null;
  for (let i = cueEnd; i < mentionToken; i++) {
    const fold = tokens[i]!.fold;
    if (!tokens[i]!.isWord || words.recipientPrepositions.has(fold)) return null;
    if (words.agentPrepositions.has(fold)) return first;
  }
  return null;
}

/**
 * Whether the cue is a passive verb: an auxiliary right before it ("a été adressé", "was attacked"),
 * from `auxiliaries`; an "-ing" form is a progressive ("are demanding"), not a passive.
 */
export function isPassive(
  tokens: readonly EventToken[],
  cueFirst: number,
  auxiliaries: ReadonlySet<string>,
): boolean {
  if (tokens[cueFirst]?.fold.endsWith('ing')) return false;
  for (let i = Math.max(0, cueFirst - 2); i < cueFirst; i++) {
    if (auxiliaries.has(tokens[i]!.fold)) return true;
  }
  return false;
}

/** "à Moscou", "in Tokyo": the first place (or, for visits, country) mention after a place preposition. */
export function placeAfter(
  tokens: readonly EventToken[],
  after: readonly ActorMention[],
  acceptCountries: boolean,
  words: RoleWords,
): ActorMention | null {
  for (const mention of after) {
    if (mention.type !== 'place' && !(acceptCountries && mention.type === 'country')) continue;
    const at = tokenAt(tokens, mention.start);
    const before = [tokens[at - 1], tokens[at - 2]];
    if (before.some((token) => token && words.placePrepositions.has(token.fold))) return mention;
  }
  return null;
}
