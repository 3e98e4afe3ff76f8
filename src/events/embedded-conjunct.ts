import { isRelative } from './clause-shapes.js';
import type { ArgumentWords } from './argument-words.js';
import { agentsOfVerb } from './verb-arguments.js';
import { hasRelation, type DependencyTree } from './dependency-tree.js';
import type { SyntaxWord } from '../syntax/types.js';

/**
 * The speaker of a statement the parser hung, as a conjunct, on the verb of a clause embedded under
 * the real one: "ASEAN condemned the air strikes, **which killed** 100 people, and **called on** all
 * parties…", "Pakistan said the strikes **killed** 31 civilians and **vowed** to retaliate". The
 * conjunct has no subject of its own, the verb it hangs on heads a relative or reported clause, and
 * the subject it would inherit from there names no party (an act, a thing): a statement has a
 * speaker, so the nearest clause above whose subject names a party is the one that acts. Null when
 * the cue is not in that shape. Material acts do not come here: "the storm destroyed homes and killed
 * ten" keeps its subject.
 */
export function speakerAboveEmbeddedClause(
  tree: DependencyTree,
  cue: SyntaxWord,
  inherited: readonly SyntaxWord[],
  words: ArgumentWords,
  namesActor: (head: SyntaxWord) => boolean,
): SyntaxWord[] | null {
  if (!hasRelation(cue, 'conj') || tree.dependents(cue, 'nsubj', 'nsubj:pass', 'expl').length > 0)
    return null;
  const first = tree.head(cue);
  if (!first || (first.upos !== 'VERB' && first.upos !== 'AUX')) return null;
  // A relative clause the parser may have hung loosely ("…this week, which reportedly killed…").
  const relative = tree
    .dependents(first, 'nsubj', 'nsubj:pass')
    .some((subject) => isRelative(subject, words.relativePronouns));
  if (!relative && !hasRelation(first, 'acl:relcl') && !hasRelation(first, 'ccomp')) return null;
  const namesParty = (word: SyntaxWord): boolean =>
    namesActor(word) || word.upos === 'PROPN' || word.upos === 'PRON';
  if (inherited.length === 0 || inherited.some(namesParty)) return null;
  for (let above = tree.head(first); above; above = tree.head(above)) {
    if (above.upos !== 'VERB' && above.upos !== 'AUX') continue;
    const speakers = agentsOfVerb(tree, above, words);
    if (speakers.some((word) => namesActor(word))) return speakers;
  }
  return null;
}
