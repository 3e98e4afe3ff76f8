import { isPassiveClause, isPassiveParticiple, isRelative, objectRelative } from './clause-shapes.js';
import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import {
  antecedent,
  finiteConjunctOfInfinitive,
  hasRelation,
  lemmaKey,
  markedBy,
  prepositionOf,
  type DependencyTree,
} from './dependency-tree.js';
import type { ArgumentWords } from './argument-words.js';
import { participleAside } from './tree-governs.js';

/** A prepositional argument: its head word and the folded preposition that introduces it ('' for none). */
export interface Oblique {
  word: SyntaxWord;
  preposition: string;
}

/** Relations of a verb's subject, by voice. */
const SUBJECT = ['nsubj', 'csubj'];
/** Object-like relations that name whom a controlling verb addresses. */
const ADDRESSEE = ['iobj', 'obl:arg', 'obj'];

/** The subject of a clause with its relative pronoun replaced by the noun it stands for. */
export function subjectsOf(tree: DependencyTree, verb: SyntaxWord, words: ArgumentWords): SyntaxWord[] {
  return tree
    .dependents(verb, ...SUBJECT)
    .filter((word) => !hasRelation(word, 'nsubj:pass') && !hasRelation(word, 'csubj:pass'))
    .map((word) => {
      if (!isRelative(word, words.relativePronouns)) return word;
      if (hasRelation(verb, 'acl:relcl')) return tree.head(verb) ?? word;
      // "…Marcos Jr., who welcomed the visit" hung elsewhere by the parser: the noun before the pronoun.
      return antecedent(tree, word) ?? word;
    });
}

/** Who acts in a verbal clause with no subject of its own: the controller, the first conjunct's subject… */
function inheritedAgents(
  tree: DependencyTree,
  verb: SyntaxWord,
  words: ArgumentWords,
  depth: number,
): SyntaxWord[] {
  const head = tree.head(verb);
  if (!head || depth > 4) return [];
  if (finiteConjunctOfInfinitive(tree, verb)) {
    // "X a demandé à Y de retirer… et a exhorté Z à…": the subject of the clause above the infinitive.
    let clause: SyntaxWord | undefined = head;
    while (clause && clause.feats['VerbForm'] === 'Inf') clause = tree.head(clause);
    return clause ? agentsOfVerb(tree, clause, words, depth + 1) : [];
  }
  if (hasRelation(verb, 'xcomp')) {
    if (words.objectControl.has(foldWord(head.lemma))) {
      const addressee = tree.dependents(head, ...ADDRESSEE)[0];
      if (addressee) return [addressee];
    }
    // "l'ambassadeur du Chili, venu lui présenter ses lettres de créance", "the envoy invited to
    // address the council": the noun a participle modifies does what the participle's infinitive says,
    // whether the participle is active or passive.
    const noun = tree.head(head);
    if (hasRelation(head, 'acl') && head.feats['VerbForm'] === 'Part' && noun && noun.upos !== 'VERB')
      return [noun];
    return agentsOfVerb(tree, head, words, depth + 1);
  }
  if (hasRelation(verb, 'conj') || hasRelation(verb, 'advcl')) {
    // "X a reçu Y et a salué …", "Saluant …, X a …": the same subject.
    if (head.upos === 'VERB' || head.upos === 'AUX') return agentsOfVerb(tree, head, words, depth + 1);
  }
  if (participleAside(tree, verb)) {
    // "Le Vietnam a demandé … de lever leur blocus, protestant contre …": the sentence's subject,
    // wherever the parser hung the participle.
    for (let above: SyntaxWord | undefined = head; above; above = tree.head(above)) {
      if (above.upos !== 'VERB' && above.upos !== 'AUX') continue;
      const subjects = subjectsOf(tree, above, words);
      if (subjects.length > 0) return subjects;
    }
  }
  if (hasRelation(verb, 'acl') && !isPassiveParticiple(tree, verb)) {
    // "se sont rassemblés devant l'ambassade pour protester": a purpose infinitive the parser hung
    // on a noun serves the clause that noun is in; its subject acts.
    // "La marine a pour sa part lancé l'opération": the auxiliary read as the main verb, the
    // participle hung on the inserted phrase; the auxiliary's subject acts.
    const carrier = tree.head(head);
    if (
      verb.feats['VerbForm'] === 'Part' &&
      carrier &&
      carrier.id < head.id &&
      words.tenseAuxiliaries.has(lemmaKey(carrier))
    )
      return agentsOfVerb(tree, carrier, words, depth + 1);
    if (!markedBy(tree, verb, words.purposeMarks) || verb.feats['VerbForm'] !== 'Inf') return [head];
    for (let above = tree.head(head); above; above = tree.head(above)) {
      if (above.upos === 'VERB' || above.upos === 'AUX') return agentsOfVerb(tree, above, words, depth + 1);
    }
  }
  return [];
}

/** Who performs a verb: its subject, a passive's agent, or the subject it inherits. */
export function agentsOfVerb(
  tree: DependencyTree,
  verb: SyntaxWord,
  words: ArgumentWords,
  depth = 0,
): SyntaxWord[] {
  if (isPassiveClause(tree, verb)) {
    return tree
      .dependents(verb, 'obl', 'nmod')
      .filter((word) => hasRelation(word, 'obl:agent') || words.passiveAgent.has(prepositionOf(tree, word)));
  }
  const subjects = subjectsOf(tree, verb, words);
  return subjects.length > 0 ? subjects : inheritedAgents(tree, verb, words, depth);
}

/** Who undergoes a verb: its object, a passive's subject, or the noun its clause modifies. */
export function patientsOfVerb(tree: DependencyTree, verb: SyntaxWord): SyntaxWord[] {
  if (!isPassiveClause(tree, verb)) {
    const head = tree.head(verb);
    // "les pêcheurs **qu'**elle détenait", "the fishermen it had detained": the noun the relative
    // clause modifies undergoes the act, through its pronoun or with none.
    if (hasRelation(verb, 'acl:relcl') && head && objectRelative(tree, verb)) return [head];
    return tree.dependents(verb, 'obj');
  }
  const subjects = tree.dependents(verb, 'nsubj:pass', 'nsubj');
  if (subjects.length > 0) return subjects.map((w) => (isRelative(w) ? (tree.head(verb) ?? w) : w));
  const head = tree.head(verb);
  return head && hasRelation(verb, 'acl') ? [head] : [];
}

/** A word's indirect objects and prepositional arguments, nearest first (a passive's agent left out). */
export function obliquesOf(tree: DependencyTree, word: SyntaxWord, passive: boolean): Oblique[] {
  return tree
    .dependents(word, 'iobj', 'obl', 'nmod')
    .filter((dependent) => !(passive && hasRelation(dependent, 'obl:agent')))
    .map((dependent) => ({ word: dependent, preposition: prepositionOf(tree, dependent) }))
    .sort((a, b) => Math.abs(a.word.id - word.id) - Math.abs(b.word.id - word.id));
}
