import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';

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
  const future = (word: SyntaxWord): boolean => word.feats['Tense'] === 'Fut' || word.feats['Mood'] === 'Cnd';
  const auxiliaries = tree.dependents(verb, 'aux');
  if (auxiliaries.some((aux) => !futureAuxiliaries.has(lemmaKey(aux)) && !future(aux))) return false;
  return future(verb) || auxiliaries.length > 0;
}
