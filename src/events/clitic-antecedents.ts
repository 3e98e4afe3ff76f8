import type { SyntaxWord } from '../syntax/types.js';
import { hasRelation, markedBy, type DependencyTree } from './dependency-tree.js';

/** Relations of a clause that shares the parties of the clause above it: a participle beside it, a conjunct. */
const SHARING = ['advcl', 'conj'];
/** Relations of the party a clause acts on, in the order a clitic takes them back. */
const OBJECTS = ['obj', 'iobj', 'obl:arg'];

/*
 * Parties a clause takes back from the clause above it: an object clitic's antecedent, the addressee
 * of a purpose clause.
 */

/**
 * A third-person object clitic before its verb ("l'exhortant à…", "le remerciant", "et lui a
 * transmis…") in a clause beside another — a participle or a conjunct: the party the clause above
 * acts on ("a convoqué l'ambassadeur, **l'**exhortant à…"), or the clitic itself when there is none.
 * Reflexive and first- or second-person pronouns stand for the subject or the speaker, not an object.
 */
export function cliticAntecedent(tree: DependencyTree, verb: SyntaxWord, pronoun: SyntaxWord): SyntaxWord {
  // An object clitic the tagger read as an article ("le remerciant") is one too, once repaired to `obj`.
  const clitic = pronoun.upos === 'PRON' || (pronoun.upos === 'DET' && pronoun.id === verb.id - 1);
  if (!clitic || pronoun.id > verb.id || pronoun.feats['Reflex'] === 'Yes') return pronoun;
  if (pronoun.feats['Person'] === '1' || pronoun.feats['Person'] === '2') return pronoun;
  if (!OBJECTS.some((relation) => hasRelation(pronoun, relation))) return pronoun;
  if (!SHARING.some((relation) => hasRelation(verb, relation))) return pronoun;
  const above = tree.head(verb);
  if (!above || (above.upos !== 'VERB' && above.upos !== 'AUX') || above.id > verb.id) return pronoun;
  const party = tree.dependents(above, ...OBJECTS).find((word) => word.upos !== 'PRON' && word.id < verb.id);
  return party ?? pronoun;
}

/**
 * "contacted the Thai ministry **to ask** for consular access", "a convoqué l'ambassadeur **pour
 * protester**": a purpose clause serving a verb before it addresses the party that verb acts on
 * (its objects), when it names none of its own. Empty when the cue heads no such clause.
 */
export function purposeAddressees(
  tree: DependencyTree,
  verb: SyntaxWord,
  purposeMarks: ReadonlySet<string>,
): SyntaxWord[] {
  if (!(hasRelation(verb, 'advcl') || hasRelation(verb, 'xcomp')) || !markedBy(tree, verb, purposeMarks))
    return [];
  const above = tree.head(verb);
  if (!above || (above.upos !== 'VERB' && above.upos !== 'AUX') || above.id > verb.id) return [];
  return tree.dependents(above, 'obj', 'iobj').filter((word) => word.upos !== 'PRON');
}
