import { foldWord } from '../entities/fold.js';
import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArgumentWords } from './argument-words.js';
import type { ClauseArguments } from './clause-arguments.js';
import type { Oblique } from './verb-arguments.js';
import { byPhrases, possessiveOf } from './noun-agents.js';
import { mentionsBetween } from './clause-roles.js';
import { hasRelation, NOT_THE_REFERENT, type DependencyTree } from './dependency-tree.js';
import { CODED_BY_PLACE } from './unattributed-violence.js';

/** Most phrases one side lists through coordination. */
const MAX_CONJUNCTS = 8;

/** What the tree says about a cue's sides, before anaphora and the dyad are consulted. */
export interface TreeSides {
  actors: ActorMention[];
  recipients: ActorMention[];
  /** A recipient is named by its phrase's head or a word right under it (not deep in a complement). */
  recipientsNear: boolean;
  /** Spans of the agent phrases (for "il", "les deux parties" when they hold no mention). */
  agentPhrases: Array<{ start: number; end: number }>;
  passive: boolean;
}

/** Prepositions that make an oblique a recipient: the frame's ("avec", "à", "with", "to"), or a visit's host ("en", "in"). */
export interface RecipientPrepositions {
  addressee: ReadonlySet<string>;
  host: ReadonlySet<string>;
  /** Prepositions of an agent ("par", "by"): the author of an act that is itself the object. */
  agent: ReadonlySet<string>;
}

function span(words: readonly SyntaxWord[]): { start: number; end: number } {
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

/**
 * The mention that stands for one noun phrase: a person when the phrase names one (persons are who
 * act, "l'ambassadeur de France, Olivier Brochet"), else a state or organisation, else a place; the
 * mention on the phrase's head word first.
 */
export function phraseMention(
  tree: DependencyTree,
  head: SyntaxWord,
  mentions: readonly ActorMention[],
): ActorMention | null {
  const words = tree.subtree(head, NOT_THE_REFERENT);
  const { start, end } = span(words);
  const inside = mentionsBetween(mentions, start, end).filter((mention) =>
    words.some((word) => word.start < mention.end && word.end > mention.start),
  );
  const onHead = (mention: ActorMention): boolean => mention.start < head.end && mention.end > head.start;
  for (const accept of [
    (m: ActorMention) => m.type === 'person',
    (m: ActorMention) => m.type !== 'place',
    () => true,
  ]) {
    const pool = inside.filter(accept);
    const chosen = pool.find(onHead) ?? pool[0];
    if (chosen) return chosen;
  }
  return null;
}

/** The phrase and the phrases coordinated with it ("X et Y", "X, Y and Z"). */
function conjuncts(tree: DependencyTree, head: SyntaxWord): SyntaxWord[] {
  const found = [head];
  for (let i = 0; i < found.length && found.length < MAX_CONJUNCTS; i++) {
    for (const next of tree.dependents(found[i]!, 'conj')) {
      if (next.upos !== 'VERB' && !found.includes(next)) found.push(next);
    }
  }
  return found;
}

function sideOf(
  tree: DependencyTree,
  heads: readonly SyntaxWord[],
  mentions: readonly ActorMention[],
): ActorMention[] {
  const side: ActorMention[] = [];
  const add = (mention: ActorMention | null): void => {
    if (mention && !side.includes(mention)) side.push(mention);
  };
  for (const head of heads) {
    for (const conjunct of conjuncts(tree, head)) {
      const mention = phraseMention(tree, conjunct, mentions);
      add(mention);
      // "les présidents du Laos, du Cambodge et de Cuba": the coordination is inside the phrase.
      const named = mention && tree.wordsIn(mention.start, mention.end)[0];
      if (!named || named.id === conjunct.id) continue;
      for (const inner of conjuncts(tree, named).slice(1)) add(phraseMention(tree, inner, mentions));
      // "Les dirigeants du Laos, du Cambodge et de Cuba" parsed as complements side by side.
      for (const state of statesOfPluralHead(tree, conjunct, mentions)) add(state);
    }
  }
  // "US Ambassador to the Philippines MaryKay Carlson" read as three subjects: a state named inside a
  // person's title is where the title holder serves, not a party beside them.
  const titles = side.flatMap((mention) => (mention.type === 'person' ? (mention.titles ?? []) : []));
  return titles.length === 0
    ? side
    : side.filter(
        (mention) =>
          mention.type === 'person' ||
          !titles.some((title) => title.start <= mention.start && mention.end <= title.end),
      );
}

/**
 * A plural noun completed by several states side by side ("les présidents du Laos, du Cambodge et
 * de Cuba" parsed as three complements of "présidents"): each of them and their conjuncts.
 */
function statesOfPluralHead(
  tree: DependencyTree,
  head: SyntaxWord,
  mentions: readonly ActorMention[],
): ActorMention[] {
  if (head.upos !== 'NOUN' || head.feats['Number'] !== 'Plur') return [];
  const states = tree
    .dependents(head, 'nmod')
    .flatMap((complement) => conjuncts(tree, complement))
    .map((word) => phraseMention(tree, word, mentions))
    .filter((mention): mention is ActorMention => mention?.type === 'country');
  return states.length > 1 ? states : [];
}

/** Candidate recipient phrases in the order a frame reads them: addressees, objects, then the host of a visit. */
function recipientHeads(
  args: ClauseArguments,
  prepositions: RecipientPrepositions,
  visit: boolean,
  placeOnly: (head: SyntaxWord) => boolean,
): SyntaxWord[][] {
  const addressed = (oblique: Oblique): boolean => prepositions.addressee.has(oblique.preposition);
  const hosted = (oblique: Oblique): boolean => prepositions.host.has(oblique.preposition);
  // "condamne l'attaque perpétrée à Moscou": a place after "à", "in" is where, not whom (but a visit's host).
  const whom = args.obliques.filter((oblique) => !(hosted(oblique) && placeOnly(oblique.word)));
  const heads = (obliques: readonly Oblique[]): SyntaxWord[] => obliques.map((oblique) => oblique.word);
  const direct = (oblique: Oblique): boolean =>
    hasRelation(oblique.word, 'iobj') || hasRelation(oblique.word, 'obl:arg');
  const groups = [heads(whom.filter(direct)), args.patients, heads(whom.filter(addressed))];
  if (visit) groups.push(heads(args.obliques.filter(hosted)));
  groups.push(args.clauseSubjects ?? []);
  return groups;
}

/**
 * Whether a mention may receive an act of these actors: one of another state — or, for an attack or
 * a protest whose actors are known only by the place where they acted ("an explosion near Mosul
 * killed two Iraqis"), any other entity, since such an act hits its own state's people.
 */
export function otherSide(
  type: PloverType,
  actors: readonly ActorMention[],
  actorCodes: readonly string[] = [],
): (mention: ActorMention) => boolean {
  const codes = new Set([...actors.map((actor) => actor.code), ...actorCodes]);
  const placeCoded =
    CODED_BY_PLACE.has(type) &&
    actors.length > 0 &&
    actorCodes.length === 0 &&
    actors.every((actor) => actor.type === 'place');
  return placeCoded
    ? (mention) => !actors.some((actor) => actor.entity === mention.entity)
    : (mention) => !codes.has(mention.code);
}

/**
 * "deplored the attack on the UN convoy by Israeli forces": an act named as the object has its
 * author in its "by/par" phrase, and that author, not what the act hit, is whom the cue is aimed at.
 */
function authorOfActObject(
  tree: DependencyTree,
  head: SyntaxWord,
  prepositions: RecipientPrepositions,
  mentions: readonly ActorMention[],
): SyntaxWord | null {
  if (head.upos !== 'NOUN' || !hasRelation(head, 'obj')) return null;
  const named = (word: SyntaxWord): boolean => phraseMention(tree, word, mentions) !== null;
  return byPhrases(tree, head, prepositions.agent, named)[0] ?? null;
}

/**
 * Sides from the dependency tree: the agents' mentions act; the first recipient phrase with a mention
 * of another code receives. Sources ("selon X") and phrases of other clauses are never read.
 */
export function treeSides(
  tree: DependencyTree,
  args: ClauseArguments,
  mentions: readonly ActorMention[],
  prepositions: RecipientPrepositions,
  visit: boolean,
  type: PloverType,
): TreeSides {
  const actors = sideOf(tree, args.agents, mentions);
  const receives = otherSide(type, actors);
  let recipients: ActorMention[] = [];
  const recipientWords = new Set<number>();
  // A phrase naming a person, organisation or state receives before one naming only a place ("a
  // arrêté deux journalistes français à Kaboul": the journalists, not Kabul).
  const placeOnly = (head: SyntaxWord): boolean => phraseMention(tree, head, mentions)?.type === 'place';
  const groups = recipientHeads(args, prepositions, visit, placeOnly).map((heads) => {
    const named = heads.map((head) => authorOfActObject(tree, head, prepositions, mentions) ?? head);
    return { heads: named, side: sideOf(tree, named, mentions).filter(receives) };
  });
  const chosen =
    groups.find(({ side }) => side.some((mention) => mention.type !== 'place')) ??
    groups.find(({ side }) => side.length > 0);
  if (chosen) {
    recipients = chosen.side;
    for (const head of chosen.heads) for (const word of conjuncts(tree, head)) recipientWords.add(word.id);
  }
  const near = (mention: ActorMention): boolean =>
    tree.wordsIn(mention.start, mention.end).some((word) => {
      const head = tree.head(word);
      return !head || recipientWords.has(word.id) || recipientWords.has(head.id);
    });
  return {
    actors,
    recipients,
    recipientsNear: recipients.some(near),
    agentPhrases: args.agents.map((head) => span(tree.subtree(head, NOT_THE_REFERENT))),
    passive: args.passive,
  };
}

/**
 * The mention the main clause's subject names ("La marine thaïlandaise a lancé…"): who a pronoun of
 * the next sentence most likely stands for, whatever the acts coded inside the clause's complements.
 */
export function mainSubjectMention(
  tree: DependencyTree,
  mentions: readonly ActorMention[],
): ActorMention | null {
  const root = tree.words.find((word) => word.head === 0);
  if (!root) return null;
  // "« … », a déclaré la porte-parole X": the speaker told after a quote is who spoke last.
  for (const speech of tree.dependents(root, 'parataxis')) {
    if (speech.upos !== 'VERB' || speech.id < root.id) continue;
    const speaker = tree.dependents(speech, 'nsubj')[0];
    const mention = speaker ? phraseMention(tree, speaker, mentions) : null;
    if (mention && mention.type === 'person') return mention;
  }
  const subject = tree.dependents(root, 'nsubj').find((word) => !hasRelation(word, 'nsubj:pass'));
  if (subject) {
    const mention = phraseMention(tree, subject, mentions);
    return mention && mention.type !== 'place' ? mention : null;
  }
  // "« … », a déclaré la ministre X" read with the speaker as the verb's object: after an opening
  // quote, a person right after the verb that has no subject is who spoke.
  const inverted = QUOTE_OPENERS.test(tree.words[0]?.form ?? '')
    ? tree.dependents(root, 'obj').find((word) => word.id > root.id)
    : undefined;
  const speaker = inverted ? phraseMention(tree, inverted, mentions) : null;
  return speaker && speaker.type === 'person' ? speaker : null;
}

/** Marks that open a quotation. */
const QUOTE_OPENERS = /^["«“„]$/u;

/**
 * The author a possessive names on an event noun ("protested to China over **its** deployment",
 * "contre **son** déploiement"): the nearest actor mentioned before it in the sentence.
 */
export function possessiveAuthor(
  tree: DependencyTree,
  noun: SyntaxWord,
  mentions: readonly ActorMention[],
  words: ArgumentWords,
  recipients: readonly ActorMention[] = [],
): ActorMention | null {
  if (noun.upos !== 'NOUN') return null;
  const owner = possessiveOf(tree, noun, words);
  if (!owner) return null;
  // "Chinh met X … within the framework of his official visit": a person's possessive is the subject's.
  const subject = words.personalPossessives.has(foldWord(owner.form))
    ? clauseSubjectPerson(tree, noun, mentions)
    : null;
  if (subject) return subject;
  const nearest = mentions.filter((mention) => mention.end <= owner.start && mention.type !== 'place').at(-1);
  // "… avec son homologue sud-coréen, dans le cadre de sa visite en Corée": the nearest name is on the
  // side the act is aimed at, so the possessive is the subject's.
  if (nearest && recipients.some((recipient) => recipient.code === nearest.code))
    return clauseSubjectPerson(tree, noun, mentions);
  return nearest ?? null;
}

/** The person the subject of the clause holding a word names, if it names one. */
function clauseSubjectPerson(
  tree: DependencyTree,
  word: SyntaxWord,
  mentions: readonly ActorMention[],
): ActorMention | null {
  for (let at = tree.head(word), steps = 0; at && steps < tree.words.length; at = tree.head(at), steps++) {
    const subject = tree.dependents(at, 'nsubj').find((dependent) => dependent.deprel === 'nsubj');
    if (!subject) continue;
    const mention = phraseMention(tree, subject, mentions);
    return mention?.type === 'person' ? mention : null;
  }
  return null;
}
