import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { futureOrConditional } from './tree-modality.js';

/** Conflict acts that, announced for the future by their author, are threats (CAMEO 13). */
const THREATENED_ACTS = new Set<PloverType>(['SANCTION', 'ASSAULT', 'COERCE']);
/** Relations by which a noun cue is part of its verb's clause ("prendrait des mesures **de rétorsion**"). */
const IN_CLAUSE = new Set(['nmod', 'obj', 'obl', 'nsubj:pass', 'nsubj']);
/** Relations of a reported clause under a verb of saying. */
const REPORTED = new Set(['ccomp', 'parataxis']);

/** The verb whose clause holds the cue (itself when it is a verb), or null. */
function clauseVerb(tree: DependencyTree, cue: SyntaxWord): SyntaxWord | null {
  let word: SyntaxWord | undefined = cue;
  for (let steps = 0; word && steps < 4; steps++) {
    if (word.upos === 'VERB') return word;
    if (!IN_CLAUSE.has(word.deprel.split(':')[0]!) && !IN_CLAUSE.has(word.deprel)) return null;
    word = tree.head(word);
  }
  return null;
}

/**
 * "La porte-parole a déclaré que la Russie **prendrait** des mesures de rétorsion", "said Beijing
 * **would** retaliate": a sanction, an attack or a coercion told in a reported clause in the future
 * or the conditional (by the verb's form, its auxiliary or a future auxiliary such as "will") is its
 * author's threat, not a guess about an act (PLOVER THREATEN, CAMEO 13). Modals that hedge ("could",
 * "pourrait") stay guesses.
 */
export function threatenedAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  type: PloverType,
  futureAuxiliaries: ReadonlySet<string>,
): boolean {
  if (!THREATENED_ACTS.has(type)) return false;
  const verb = clauseVerb(tree, cue);
  if (!verb || !REPORTED.has(verb.deprel.split(':')[0]!) || hasRelation(verb, 'xcomp')) return false;
  const auxiliaries = tree.dependents(verb, 'aux');
  if (auxiliaries.some((aux) => !futureAuxiliaries.has(lemmaKey(aux)) && !futureOrConditional(aux)))
    return false;
  return futureOrConditional(verb) || auxiliaries.length > 0;
}

/** Another reading of a cue's act than its row's type: a threat, a refusal. */
export interface Retyping {
  event: PloverType;
  /** The CAMEO code of the new reading. */
  cameo: string;
  /** The cue's negation is the act itself ("did not accept": a rejection), not its absence. */
  negationIsTheAct: boolean;
}

/** Words of the retyped readings (folded lemmas, `event-grammar.json`). */
export interface RetypingWords {
  futureAuxiliaries: ReadonlySet<string>;
  /** Agreeing verbs whose negation is a refusal ("accepter", "accept", "approve"). */
  refusedWhenNegated: ReadonlySet<string>;
  /** Nouns of what one party puts to another ("proposition", "proposal", "initiative"). */
  proposalNouns: ReadonlySet<string>;
  /** Verbs of backing ("soutenir", "appuyer", "back", "endorse"): backing a proposal is agreeing. */
  backingVerbs: ReadonlySet<string>;
}

/**
 * "Cambodia backed Vietnam's proposal for…", "a soutenu la proposition du Vietnam": backing a
 * proposal is agreeing to it (the agency-news guidelines' "concurring with proposals", CAMEO 030),
 * not support given to its author.
 */
function backsProposal(
  tree: DependencyTree,
  cue: SyntaxWord,
  type: PloverType,
  words: RetypingWords,
): boolean {
  if (type !== 'SUPPORT' || cue.upos !== 'VERB' || !words.backingVerbs.has(lemmaKey(cue))) return false;
  return tree.dependents(cue, 'obj').some((object) => words.proposalNouns.has(lemmaKey(object)));
}

/**
 * The act a cue tells when it is not its row's: a conflict act its author announces for the future
 * is a threat (CAMEO 130, `threatenedAct`); "n'accepte pas les conclusions", "did not accept the
 * ruling": an acceptance negated is a rejection (CAMEO 120), not an agreement that did not happen;
 * backing a proposal is agreeing to it (CAMEO 030, `backsProposal`).
 */
export function retypedAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  type: PloverType,
  negated: boolean,
  words: RetypingWords,
): Retyping | null {
  if (threatenedAct(tree, cue, type, words.futureAuxiliaries))
    return { event: 'THREATEN', cameo: '130', negationIsTheAct: false };
  if (negated && type === 'AGREE' && words.refusedWhenNegated.has(lemmaKey(cue)))
    return { event: 'REJECT', cameo: '120', negationIsTheAct: true };
  if (backsProposal(tree, cue, type, words)) return { event: 'AGREE', cameo: '030', negationIsTheAct: false };
  return null;
}
