import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import { mentionsBetween, tokenAt } from './clause-roles.js';
import { determinedBy, hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { phraseMention } from './tree-sides.js';
import type { SyntaxWord } from '../syntax/types.js';

/** Function words the document-author reading needs (folded). */
export interface DocumentWords {
  documentNouns: ReadonlySet<string>;
  definiteDeterminers: ReadonlySet<string>;
}

/** How far back (in tokens) the text that issued a document is looked for. */
const LOOKBACK_TOKENS = 400;

/**
 * The author of a document that acts as a subject ("**The resolution** also demanded that…",
 * "**La déclaration** appelle…"): a definite document noun naming no author of its own speaks for
 * whoever issued that document earlier in the article — the subject of the clause whose object was
 * the same noun ("The Security Council adopted **a resolution**…"). Null when the subject is no such
 * noun or no earlier clause says who issued it.
 */
export function documentAuthor(
  tree: DependencyTree,
  subject: SyntaxWord,
  state: ArticleState,
  words: DocumentWords,
): ActorMention | null {
  const noun = lemmaKey(subject);
  if (!words.documentNouns.has(noun) || !determinedBy(tree, subject, words.definiteDeterminers)) return null;
  if (tree.dependents(subject, 'nmod', 'nmod:poss').length > 0 || !state.trees) return null;
  const { tokens } = state;
  let index = tokenAt(tokens, tree.sentence.start);
  const floor = Math.max(0, index - LOOKBACK_TOKENS);
  for (index -= 1; index >= floor; index--) {
    const token = tokens[index]!;
    const earlier = state.trees.at(token.start);
    const word = earlier?.wordsIn(token.start, token.end)[0];
    if (!earlier || !word || lemmaKey(word) !== noun || !hasRelation(word, 'obj')) continue;
    const verb = earlier.head(word);
    if (!verb) continue;
    const mentions = mentionsBetween(state.mentions, earlier.sentence.start, earlier.sentence.end);
    // The parser may split a long name into several subjects ("The UN | Human Rights Council adopted").
    for (const issuer of earlier.dependents(verb, 'nsubj')) {
      const mention =
        phraseMention(earlier, issuer, mentions) ??
        mentions.find((m) => m.start < issuer.end && m.end > issuer.start) ??
        null;
      if (mention && mention.type !== 'place') return mention;
    }
  }
  return null;
}
