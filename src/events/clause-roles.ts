import type { ActorMention } from './actor-mentions.js';
import { firstMentionFrom } from './actor-mentions.js';
import type { EventToken } from './event-tokens.js';

/** Tokens the role analysis looks at on each side of a cue, so long sentences stay linear. */
export const ROLE_WINDOW_TOKENS = 80;
/** Largest gap (tokens) between two coordinated mentions ("X et le ministre russe Y"). */
const COORDINATION_GAP = 8;
/** Most mentions one side of an event lists. */
const MAX_SIDE_MENTIONS = 8;

/** The words the role analysis needs, as folded-word sets. */
export interface RoleWords {
  coordinators: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  passiveAgent: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
}

/** Mentions lying entirely inside [start, end). */
export function mentionsBetween(mentions: readonly ActorMention[], start: number, end: number): ActorMention[] {
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
  const actors = zone.filter((mention) => mention.type !== 'place');
  const persons = actors.filter((mention) => mention.type === 'person');
  const pool = persons.length > 0 ? persons : actors;
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
  const pool = after.filter((mention) => !actorCodes.has(mention.code));
  const head = pool[0];
  if (!head) return [];
  const group = [head];
  for (let i = 1; i < pool.length && group.length < MAX_SIDE_MENTIONS; i++) {
    const candidate = pool[i]!;
    const last = group[group.length - 1]!;
    if (candidate.start < last.end) continue;
    if (!coordinated(tokens, last, candidate, words)) break;
    group.push(candidate);
  }
  return group;
}

/** The agent of a noun cue or a passive verb: a mention right after "de"/"of"/"par"/"by". */
export function agentAfter(
  tokens: readonly EventToken[],
  after: readonly ActorMention[],
  cueEnd: number,
  prepositions: ReadonlySet<string>,
): ActorMention | null {
  for (const mention of after) {
    const mentionToken = tokenAt(tokens, mention.start);
    if (mentionToken - cueEnd > COORDINATION_GAP) return null;
    for (let i = Math.max(cueEnd, mentionToken - 6); i < mentionToken; i++) {
      if (prepositions.has(tokens[i]!.fold)) return mention;
    }
  }
  return null;
}

/** Whether a passive auxiliary stands right before the cue ("a été adressé", "was attacked"). */
export function isPassive(tokens: readonly EventToken[], cueFirst: number, words: RoleWords): boolean {
  for (let i = Math.max(0, cueFirst - 2); i < cueFirst; i++) {
    if (words.passiveAuxiliaries.has(tokens[i]!.fold)) return true;
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
