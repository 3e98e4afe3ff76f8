import type { SyntaxWord } from '../syntax/types.js';
import { finiteConjunctOfInfinitive, hasRelation, type DependencyTree } from './dependency-tree.js';

/** Relations of a clause beside a governing cue rather than inside what it governs (advcl: unmarked only). */
const ADJUNCT_CLAUSES = new Set(['advcl', 'conj', 'parataxis', 'punct']);

/** A present participle heading an unmarked clause after a comma: an act of its own ("…, protestant contre"). */
export function participleAside(tree: DependencyTree, word: SyntaxWord): boolean {
  if (word.feats['VerbForm'] !== 'Part' || word.feats['Tense'] !== 'Pres') return false;
  if (!['acl', 'advcl'].includes(word.deprel.split(':')[0]!)) return false;
  if (tree.dependents(word, 'mark').length > 0) return false;
  const before = tree.words[word.id - 2];
  return before !== undefined && before.upos === 'PUNCT' && before.form === ',';
}

/**
 * A bare infinitive the parser set beside the governing verb ("suggested the two sides **sign**…",
 * parataxis): no subject, auxiliary or marker of its own, so it is what is suggested, not another act.
 */
export function bareComplement(tree: DependencyTree, clause: SyntaxWord): boolean {
  return (
    hasRelation(clause, 'parataxis') &&
    clause.feats['VerbForm'] === 'Inf' &&
    tree.dependents(clause, 'nsubj', 'aux', 'mark').length === 0
  );
}

/**
 * Whether a governing cue's word (`above`: "a demandé", "thanked", "convenu") governs a later cue's
 * word (`below`): what it asks, agrees or thanks for is its complement, a clause with a marker
 * included ("thanked X for supporting", "félicité pour avoir"); a coordinated, unmarked adverbial
 * or comma-set participial clause beside it ("a demandé…, protestant contre…", "asked … and
 * condemned …") is another act, wherever the parser hung it.
 */
export function governsOnTree(tree: DependencyTree, above: SyntaxWord, below: SyntaxWord): boolean {
  if (above === below) return false;
  const child = tree.childTowards(above, below);
  if (child === null) return complementOnCarrier(tree, above, below);
  const relation = child.deprel.split(':')[0]!;
  if (
    ADJUNCT_CLAUSES.has(relation) &&
    (relation !== 'advcl' || tree.dependents(child, 'mark').length === 0 || ownSubject(tree, child)) &&
    !bareComplement(tree, child)
  )
    return false;
  for (let word = below; word.id !== above.id; word = tree.head(word)!) {
    if (participleAside(tree, word) || finiteConjunctOfInfinitive(tree, word)) return false;
  }
  return true;
}

/**
 * A marked adverbial clause with a subject of its own states another act ("a remercié la Malaisie…,
 * tandis que le Premier ministre thaïlandais a appelé…", "while Thailand urged…"), unlike "thanked X
 * for supporting…", whose clause takes its subject from the cue's.
 */
function ownSubject(tree: DependencyTree, clause: SyntaxWord): boolean {
  return tree
    .dependents(clause, 'nsubj')
    .some((subject) => subject.upos === 'NOUN' || subject.upos === 'PROPN');
}

/** Clause relations a parser uses when it hangs a noun's complement clause on the verb instead. */
const MARKED_CLAUSES = new Set(['advcl', 'xcomp', 'acl', 'ccomp']);

/**
 * A governing noun's complement clause that the parser hung on the verb carrying the noun ("a
 * renouvelé son invitation à X **à se rendre** au Vietnam", "a exprimé le souhait **que la France
 * accélère…**"): a marked clause of that verb placed after the noun is what the noun asks, offers
 * or invites to.
 */
function complementOnCarrier(tree: DependencyTree, noun: SyntaxWord, below: SyntaxWord): boolean {
  if (noun.upos !== 'NOUN' || noun.deprel.split(':')[0] !== 'obj') return false;
  const carrier = tree.head(noun);
  if (!carrier) return false;
  const clause = tree.childTowards(carrier, below);
  if (!clause || clause.id < noun.id) return false;
  return MARKED_CLAUSES.has(clause.deprel.split(':')[0]!) && tree.dependents(clause, 'mark').length > 0;
}
