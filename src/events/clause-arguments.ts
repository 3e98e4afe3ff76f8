import { isPassiveClause } from './clause-shapes.js';
import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import { determinedBy, hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import type { ArgumentWords } from './argument-words.js';
import { controlledObject, feeling } from './clause-voice.js';
import { nounAgents, possessiveOf } from './noun-agents.js';
import { engagedPerson } from './engaged-phrase.js';
import { cliticAntecedent, purposeAddressees } from './clitic-antecedents.js';
import { agentsOfVerb, obliquesOf, patientsOfVerb, subjectsOf, type Oblique } from './verb-arguments.js';

/** The logical arguments of a cue's predicate, whatever its voice or construction. */
export interface ClauseArguments {
  /** Heads of the phrases that act: subject, agent of a passive, possessor of a noun. */
  agents: SyntaxWord[];
  /** Heads of the phrases that undergo the act: object, subject of a passive, noun a participle modifies. */
  patients: SyntaxWord[];
  /** Indirect objects and prepositional arguments, nearest first. */
  obliques: Oblique[];
  passive: boolean;
  /**
   * The tree says who may act and found nobody: a noun cue governed by a word that is not a light
   * verb ("condemns the bombings"), whose author is only what its own phrase names.
   */
  agentsClosed?: boolean;
  /**
   * A definite event noun naming none of its participants and carried by no light verb ("ce tir de
   * missile", "the bombings", "during the meeting"): a reference to an act told elsewhere, not a new one.
   */
  reference?: boolean;
  /**
   * Subjects of the clause a request asks for ("a exigé que la Chine retire…", "demanded that Japan
   * apologise"): whom the request addresses when no addressee is named.
   */
  clauseSubjects?: SyntaxWord[];
}

/**
 * The arguments of the predicate a cue word heads. A noun cue takes them from its own phrase ("la
 * visite de X au Y"); as the object of a verb ("a eu un entretien avec", "held talks with") it takes
 * the verb's subject as actor unless it names its author, whom the verb's subject then receives from
 * ("X a reçu un don de Y"). `namesActor` says whether a phrase names a person, organisation or state;
 * `isCue` whether a word heads another cue of the sentence: a noun cue in another cue's argument
 * ("condamne les attentats", "préoccupé par le tir") is only its own phrase's author's act.
 */
export function clauseArguments(
  tree: DependencyTree,
  cue: SyntaxWord,
  words: ArgumentWords,
  complementIsPatient: boolean,
  namesActor: (head: SyntaxWord) => boolean,
  isCue: (word: SyntaxWord) => boolean = () => false,
  isActorWord: (word: SyntaxWord) => boolean = () => true,
): ClauseArguments {
  if (cue.upos !== 'NOUN' && cue.upos !== 'PROPN') {
    const passive = isPassiveClause(tree, cue);
    if (passive && words.experiencerVerbs.has(lemmaKey(cue))) return feeling(tree, cue);
    // "…, l'exhortant à…", "et lui a demandé de…": an object clitic stands for the party the clause
    // above acts on, who is then whom this clause addresses.
    const obliques = obliquesOf(tree, cue, passive);
    const antecedents = obliques.map((oblique) => cliticAntecedent(tree, cue, oblique.word));
    const patients = [
      ...antecedents.filter((word, index) => word !== obliques[index]!.word),
      ...patientsOfVerb(tree, cue).map((word) => cliticAntecedent(tree, cue, word)),
    ];
    // "contacted the Thai ministry to ask for access": a purpose clause naming no party of its own.
    if (patients.length === 0 && !obliques.some((oblique) => namesActor(oblique.word)))
      patients.push(...purposeAddressees(tree, cue, words.purposeMarks));
    return {
      agents: agentsOfVerb(tree, cue, words),
      patients,
      obliques: obliques.filter((oblique, index) => antecedents[index] === oblique.word),
      passive,
    };
  }
  const own = nounAgents(tree, cue, words, complementIsPatient, namesActor, isActorWord);
  const ownObliques = obliquesOf(tree, cue, false).filter(
    (oblique) => !own.agents.includes(oblique.word) && !own.patients.includes(oblique.word),
  );
  // "le président chilien, en visite d'État au Vietnam": the person the phrase describes is engaged in it.
  const engaged = own.agents.some(namesActor) ? undefined : engagedPerson(tree, cue, words, isActorWord);
  if (engaged) return { agents: [engaged], patients: own.patients, obliques: ownObliques, passive: false };
  const controller = own.agents.length === 0 ? controlledObject(tree, cue, words) : undefined;
  if (controller)
    return { agents: [controller], patients: own.patients, obliques: ownObliques, passive: false };
  // Conjoined nouns share their first conjunct's position ("a eu des entretiens et des entrevues").
  let position = cue;
  while (hasRelation(position, 'conj') && tree.head(position)?.upos === 'NOUN')
    position = tree.head(position)!;
  const verb = tree.head(position);
  const verbal = verb !== undefined && (verb.upos === 'VERB' || verb.upos === 'AUX');
  // "lodged a protest … over the seizure": a light verb whose object is an event noun supports that
  // noun only; an oblique event noun beside it is what the act is about.
  const supportsOther =
    verbal &&
    hasRelation(position, 'obl') &&
    tree.dependents(verb, 'obj').some((object) => object.upos === 'NOUN' && (isCue(object) || isCue(verb)));
  const supported =
    verbal &&
    !supportsOther &&
    words.supportVerbs.has(foldWord(verb.lemma)) &&
    (hasRelation(position, 'obj') || hasRelation(position, 'obl') || hasRelation(position, 'nsubj:pass'));
  // "helping Russia evade sanctions": the act is done to the subject of such a verb, by someone else;
  // "Hang said the ban…": what a verb of saying takes is what is said, not the speaker's act.
  const lemma = verbal ? foldWord(verb.lemma) : '';
  const undergone = verbal && (words.undergoVerbs.has(lemma) || words.reportVerbs.has(lemma));
  const inCueArgument = verb !== undefined && !supported && (isCue(verb) || undergone);
  const definite = determinedBy(tree, cue, words.definiteDeterminers);
  const reference =
    definite &&
    !supported &&
    own.agents.length === 0 &&
    own.patients.length === 0 &&
    // A proper name the entities did not resolve ("par la MMEA") still names a participant.
    !ownObliques.some((oblique) => namesActor(oblique.word) || oblique.word.upos === 'PROPN');
  // "X a reçu un don de Y": the object names its author, the verb's subject receives; the object of
  // a verb that is no cue ("X organise des manifestations") is the subject's act.
  // An act that another cue's verb is about ("condemned Israel's attack on Iran") keeps its own sides.
  const verbsObject =
    verbal &&
    hasRelation(position, 'obj') &&
    (own.agents.length > 0 ? !isCue(verb) || supported : !inCueArgument);
  // "protested over its deployment": a possessive names the noun's own author, whoever carries it but a
  // light verb, whose subject it names ("ont tenu leur dialogue").
  const possessive = own.agents.length === 0 && possessiveOf(tree, cue, words) !== null;
  // "Laos received a donation from Vietnam": the giver is the verb's "from" phrase, the subject receives.
  if (verbal && hasRelation(position, 'obj') && own.agents.length === 0 && words.receiveVerbs.has(lemma)) {
    const givers = obliquesOf(tree, verb, false).filter(
      (oblique) => words.agentPrepositions.has(oblique.preposition) && namesActor(oblique.word),
    );
    return {
      agents: givers.map((oblique) => oblique.word),
      patients: [...own.patients, ...agentsOfVerb(tree, verb, words)],
      obliques: ownObliques,
      passive: false,
    };
  }
  if (verb && (supported || verbsObject)) {
    const passive = isPassiveClause(tree, verb);
    const verbAgents = possessive && !supported ? [] : agentsOfVerb(tree, verb, words);
    return {
      agents: own.agents.length > 0 ? own.agents : verbAgents,
      patients: own.agents.length > 0 ? [...own.patients, ...verbAgents] : own.patients,
      obliques: [...ownObliques, ...obliquesOf(tree, verb, passive)],
      passive: false,
    };
  }
  return {
    agents: own.agents,
    patients: own.patients,
    obliques: ownObliques,
    passive: false,
    // "responded to an imminent threat": an event noun naming no participant in an adverbial of a
    // verb that neither carries nor codes it is the circumstance of that verb's act.
    agentsClosed:
      inCueArgument ||
      (verbal &&
        hasRelation(position, 'obl') &&
        own.patients.length === 0 &&
        !ownObliques.some((oblique) => namesActor(oblique.word))),
    reference,
  };
}

/**
 * A speech act coded as the event ("said that X must …"): the speaker (subject of the verb whose
 * complement clause holds the cue) acts on that clause's subject. Null when the cue is in no such clause.
 */
export function speakerArguments(
  tree: DependencyTree,
  cue: SyntaxWord,
  words: ArgumentWords,
): ClauseArguments | null {
  let clause: SyntaxWord | undefined = cue;
  for (let steps = 0; clause && !hasRelation(clause, 'ccomp') && steps < tree.words.length; steps++) {
    clause = tree.head(clause);
  }
  const speech = clause && tree.head(clause);
  if (!clause || !speech) return null;
  return {
    agents: agentsOfVerb(tree, speech, words),
    // "X must be brought to justice" is aimed at X as much as "X must respect…".
    patients: [...subjectsOf(tree, clause, words), ...tree.dependents(clause, 'nsubj:pass')],
    obliques: [],
    passive: false,
  };
}
