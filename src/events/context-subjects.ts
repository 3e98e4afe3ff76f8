import { firstMentionFrom, type ActorMention } from './actor-mentions.js';
import type { ArticleState, Sides } from './analysis-state.js';
import type { CompiledPack } from './compiled-pack.js';
import { lastSubject } from './last-subject.js';
import { roleAntecedent } from './role-anaphora.js';

/*
 * Subjects named through the article's context: "les deux parties", "ils", "il", "le ministre",
 * and who acted last, remembered for the next sentences.
 */

/**
 * No mention in the subject tokens [first, end): "les deux parties", "ils", "il", "le ministre". With
 * `explicitOnly`, only an anaphor names the last subject (the tree found a subject phrase without a
 * mention); otherwise any unnamed subject before the cue does.
 */
export function subjectFromContext(
  first: number,
  end: number,
  sides: Sides,
  state: ArticleState,
  pack: CompiledPack,
  explicitOnly = false,
): void {
  const { tokens } = state;
  const dyadPhrase = pack.dyadPhrases.findAll(tokens, first, end)[0];
  if (dyadPhrase) {
    sides.anaphoric = true;
    // "ils"/"they" are whoever acted last; "les deux parties"/"both sides" the two states that last
    // acted together, else the article's dyad.
    // A group noun with nobody before it ("Les manifestants ont exigé…" opening a text) names no one.
    if (dyadPhrase.entry.plural && state.lastActors.length > 0) sides.actors = [...state.lastActors];
    else if (!dyadPhrase.entry.group) sides.actorCodes = [...(state.lastPair ?? state.dyad)];
    if (dyadPhrase.entry.plural) withoutAddressees(sides);
    return;
  }
  // "le ministère" is an anaphor; "le ministère de la Santé" names an organ (of no known state).
  const anaphor = pack.anaphors
    .findAll(tokens, first, end)
    .find((match) => !(match.end < end && pack.roleWords.agentPrepositions.has(tokens[match.end]!.fold)));
  // "L'ambassadeur a promis…": the latest phrase of that office, else whoever acted last.
  const holder = anaphor ? roleAntecedent(anaphor, state, pack.roleAnaphora) : null;
  if (holder) {
    sides.actors = [holder];
    sides.anaphoric = true;
    return;
  }
  // "X a rencontré Y. Ce dernier a félicité…": the latest person named, not the latest subject.
  const before = lastPersonBefore(state.persons, tokens[end]?.start ?? Infinity);
  const person = anaphor?.entry.latter ? (before ?? lastSubject(state)) : (lastSubject(state) ?? before);
  if ((anaphor || (!explicitOnly && first < end)) && person) {
    sides.actors = [person];
    sides.anaphoric = true;
  }
}

/**
 * "Ils ont exigé que la Chine…" after a sentence on China and Vietnam: a plural anaphor names the
 * others, not whom its verb addresses; the addressee leaves the group unless no one would be left.
 */
function withoutAddressees(sides: Sides): void {
  const addressed = new Set(sides.recipients.map((mention) => mention.code));
  if (addressed.size === 0) return;
  const actors = sides.actors.filter((mention) => !addressed.has(mention.code));
  const actorCodes = sides.actorCodes.filter((code) => !addressed.has(code));
  if (actors.length + actorCodes.length === 0) return;
  sides.actors = actors;
  sides.actorCodes = actorCodes;
}

function lastPersonBefore(persons: readonly ActorMention[], offset: number): ActorMention | null {
  return persons[firstMentionFrom(persons, offset) - 1] ?? null;
}

/** Remember who acted, for the pronouns of the next sentences. */
export function rememberParticipants(sides: Sides, state: ArticleState): void {
  const subject =
    [...sides.actors].reverse().find((mention) => mention.type === 'person') ?? sides.actors.at(-1);
  if (subject) {
    state.lastSubject = subject;
    state.unreadSubjects = [];
  }
  const actors = [...sides.actors];
  for (const code of sides.actorCodes) {
    const mention = state.byCode.get(code);
    if (mention) actors.push(mention);
  }
  if (actors.length > 0) state.lastActors = actors;
  for (const mention of [...sides.actors, ...sides.recipients]) {
    if (mention.type === 'person') state.principals.set(mention.code, mention);
  }
  const codes = [...new Set(actors.map((mention) => mention.code))].filter((code) => code !== 'IGO');
  if (codes.length === 2) state.lastPair = codes;
}
