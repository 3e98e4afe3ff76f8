import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import { hasRelation, type DependencyTree } from './dependency-tree.js';

/*
 * Clause shapes the argument analysis reads before it picks who acts: relative pronouns, object
 * relatives, passive clauses and participles, and main verbs the parser misread as participles.
 */

/** Whether a word is a relative pronoun ("qui", "who"), by its features or, left bare, by its lemma. */
export function isRelative(word: SyntaxWord, relatives?: ReadonlySet<string>): boolean {
  if (word.feats['PronType'] === 'Rel') return true;
  // A pronoun the tagger left without features ("…Sisoulith, who expressed…") is read by its lemma.
  return (
    relatives !== undefined &&
    word.upos === 'PRON' &&
    word.feats['PronType'] === undefined &&
    relatives.has(foldWord(word.lemma))
  );
}

/**
 * A relative clause whose noun is its object: a relative pronoun as object ("qu'elle détenait"), or
 * no object and a pronoun subject of its own ("the fishermen it had detained").
 */
export function objectRelative(tree: DependencyTree, verb: SyntaxWord): boolean {
  const objects = tree.dependents(verb, 'obj');
  if (objects.some((object) => isRelative(object))) return true;
  // Without a pronoun, only a pronoun subject shows a clause whose object is left out: a noun subject
  // is as often a verb the parser hung on a misread noun ("Deputy PM met…").
  return (
    objects.length === 0 &&
    tree.dependents(verb, 'nsubj').some((subject) => subject.upos === 'PRON' && !isRelative(subject))
  );
}

/**
 * A participle modifying a noun with no auxiliary of its own ("les pêcheurs arrêtés", "talks planned").
 * One with a direct object is a finite verb the parser hung on its subject ("authorities detained 20
 * fishermen"): a passive participle takes none.
 */
export function isPassiveParticiple(tree: DependencyTree, word: SyntaxWord): boolean {
  return (
    hasRelation(word, 'acl') &&
    !hasRelation(word, 'acl:relcl') &&
    word.feats['VerbForm'] === 'Part' &&
    word.feats['Tense'] === 'Past' &&
    tree.dependents(word, 'aux').length === 0 &&
    tree.dependents(word, 'obj').length === 0 &&
    !mainVerbMisread(tree, word)
  );
}

/**
 * A sentence with no finite verb whose root is the noun a past participle modifies ("Vietnamese
 * expatriates gathered outside the embassy to protest…."): the parser read the main verb as a
 * participle on its subject. A headline or caption keeps the reading (no final full stop), and so
 * does a participle with a "by" agent ("fishermen detained by…").
 */
function mainVerbMisread(tree: DependencyTree, participle: SyntaxWord): boolean {
  const noun = tree.head(participle);
  if (!noun || noun.head !== 0 || noun.upos !== 'NOUN' || noun.id > participle.id) return false;
  if (tree.dependents(participle, 'obl:agent').length > 0) return false;
  if (tree.words.some((word) => word.feats['VerbForm'] === 'Fin')) return false;
  return tree.words.at(-1)?.form === '.';
}

export function isPassiveClause(tree: DependencyTree, word: SyntaxWord): boolean {
  // A passive auxiliary, not a feature or a subject label: taggers put Voice=Pass on active past
  // forms ("the army lifted") and parsers nsubj:pass on pronominal verbs ("s'est entretenu").
  return tree.dependents(word, 'aux:pass', 'expl:pass').length > 0 || isPassiveParticiple(tree, word);
}
