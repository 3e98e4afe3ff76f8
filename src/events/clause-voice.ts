import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ArgumentWords } from './argument-words.js';
import type { ClauseArguments } from './clause-arguments.js';
import { obliquesOf } from './verb-arguments.js';
import { hasRelation, type DependencyTree } from './dependency-tree.js';

/**
 * "accused China's coast guard of firing water cannon at…", "a accusé Pékin de tirs…": an act noun the
 * parser hung on the object of an object-control verb is that object's act, as its clause would be.
 */
export function controlledObject(
  tree: DependencyTree,
  cue: SyntaxWord,
  words: ArgumentWords,
): SyntaxWord | undefined {
  if (!hasRelation(cue, 'nmod')) return undefined;
  const object = tree.head(cue);
  const verb = object && tree.head(object);
  if (!object || !verb || !hasRelation(object, 'obj') || (object.upos !== 'NOUN' && object.upos !== 'PROPN'))
    return undefined;
  return words.objectControl.has(foldWord(verb.lemma)) ? object : undefined;
}

/**
 * A feeling in the passive ("le Vietnam est préoccupé par le tir", "Japan was alarmed by…"): who feels
 * (the passive subject) acts, the cause (the "par/by" phrase) undergoes.
 */
export function feeling(tree: DependencyTree, cue: SyntaxWord): ClauseArguments {
  const cause = (word: SyntaxWord): boolean => hasRelation(word, 'obl:agent');
  return {
    agents: tree.dependents(cue, 'nsubj:pass', 'nsubj'),
    patients: tree.dependents(cue, 'obl', 'nmod').filter(cause),
    obliques: obliquesOf(tree, cue, true),
    passive: false,
  };
}
