import type { SyntaxWord } from '../syntax/types.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState } from './analysis-state.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';
import { lastSubject } from './last-subject.js';
import { phraseMention } from './tree-sides.js';

/**
 * "X a déclaré qu'il continuerait…": a singular third-person pronoun subject names the last person
 * that is the subject of an earlier clause of the same sentence, before any earlier sentence.
 */
export function earlierSubjectPerson(
  tree: DependencyTree,
  pronoun: SyntaxWord,
  mentions: readonly ActorMention[],
): ActorMention | null {
  if (pronoun.upos !== 'PRON' || pronoun.feats['Number'] === 'Plur' || pronoun.feats['Person'] === '1')
    return null;
  let found: ActorMention | null = null;
  for (const word of tree.words) {
    if (word.id >= pronoun.id) break;
    if (!hasRelation(word, 'nsubj')) continue;
    const mention = phraseMention(tree, word, mentions);
    if (mention?.type === 'person') found = mention;
  }
  return found;
}

/**
 * "« Nous condamnons… », a déclaré la porte-parole", "“We offer condolences,” Hang said": a
 * first-person subject is the one who says the sentence, the subject of its verb of saying.
 */
export function quotedSpeakers(
  tree: DependencyTree,
  pronoun: SyntaxWord,
  speechVerbs: ReadonlySet<string>,
  mentions: readonly ActorMention[],
  state: ArticleState,
): ActorMention[] {
  if (pronoun.upos !== 'PRON') return [];
  for (const word of tree.words) {
    if (word.upos !== 'VERB' || !speechVerbs.has(lemmaKey(word))) continue;
    for (const said of tree.dependents(word, 'nsubj')) {
      const mention = phraseMention(tree, said, mentions);
      if (mention && mention.type !== 'place') return [mention];
      // "« Nous demandons… », a-t-elle souligné": the speaker is whom the pronoun stands for.
      if (!mention && said.upos === 'PRON' && said.feats['Person'] !== '1')
        return pronounReferents(said, state);
    }
  }
  // The parse missed the verb of saying ("Hang said" read as a verb): the person named outside the
  // quotation that holds the pronoun.
  const quotes = tree.words.filter((word) => word.upos === 'PUNCT' && QUOTES.test(word.form));
  const open = quotes.filter((quote) => quote.end <= pronoun.start).at(-1);
  const close = quotes.find((quote) => quote.start >= pronoun.end);
  if (!open || !close) return [];
  // `mentions` are the sentence's own.
  const outside = mentions.find(
    (mention) => mention.type === 'person' && (mention.end <= open.start || mention.start >= close.end),
  );
  return outside ? [outside] : [];
}

/** Who a third-person pronoun subject stands for: those who acted last (plural), else the last subject. */
function pronounReferents(pronoun: SyntaxWord, state: ArticleState): ActorMention[] {
  if (pronoun.feats['Number'] === 'Plur' && state.lastActors.length > 0) return [...state.lastActors];
  const person = lastSubject(state);
  return person ? [person] : [];
}

const QUOTES = /^["“”«»„]$/u;

/**
 * "Le Vietnam demande à la Chine de…, a déclaré la porte-parole X", "Son said Vietnam stands ready
 * to…": the person whose words state a state's act, the subject of a verb of saying above the cue's
 * clause or set beside it (`parataxis`). The state acts through that person.
 */
export function speakerOfClause(
  tree: DependencyTree,
  cueWord: SyntaxWord,
  speechVerbs: ReadonlySet<string>,
  mentions: readonly ActorMention[],
): ActorMention | null {
  const saying = (word: SyntaxWord): boolean => word.upos === 'VERB' && speechVerbs.has(lemmaKey(word));
  for (let word: SyntaxWord | undefined = cueWord; word; word = tree.head(word)) {
    const verbs = [word, ...tree.dependents(word, 'parataxis')].filter(saying);
    for (const verb of verbs) {
      for (const subject of tree.dependents(verb, 'nsubj')) {
        const mention = phraseMention(tree, subject, mentions);
        if (mention?.type === 'person') return mention;
      }
    }
  }
  return null;
}
