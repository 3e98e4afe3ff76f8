import type { ArticleRecord } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ArticleState, SentenceFacts } from './analysis-state.js';
import type { ClauseArguments } from './clause-arguments.js';
import type { CompiledPack } from './compiled-pack.js';
import { hasRelation } from './dependency-tree.js';

/** Whether a word lies in a mention of a person the entities gave no state. */
export function statelessPerson(record: ArticleRecord): (word: SyntaxWord) => boolean {
  const spans = record.entities
    .filter((entity) => entity.type === 'person' && entity.country === null)
    .flatMap((entity) => entity.mentions);
  return (word) => spans.some((span) => word.start >= span.start && word.end <= span.end);
}

/**
 * Whether the act's object or addressee ("à", "to", or an indirect object) is a person the entities
 * could give no state ("a félicité Tô Lâm", "congratulated To Lam"): someone, not the actor's home.
 */
export function uncodedParty(
  args: ClauseArguments,
  stateless: (head: SyntaxWord) => boolean,
  addressee: ReadonlySet<string>,
): boolean {
  return addressedHeads(args, addressee).some(stateless);
}

/** The heads of an act's object and addressees ("à", "to", or an indirect object). */
export function addressedHeads(args: ClauseArguments, addressee: ReadonlySet<string>): SyntaxWord[] {
  const addressed = args.obliques
    .filter((oblique) => hasRelation(oblique.word, 'iobj') || addressee.has(oblique.preposition))
    .map((oblique) => oblique.word);
  return [...args.patients, ...addressed];
}

/** Whether a phrase's head lies in a `foreignParties` phrase ("all parties", "toutes les parties"). */
export function foreignPhrase(
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): (head: SyntaxWord) => boolean {
  const spans = pack.foreignParties
    .findAll(state.tokens, facts.sentence.first, facts.sentence.end)
    .map((match) => ({ start: state.tokens[match.first]!.start, end: state.tokens[match.end - 1]!.end }));
  return (head) => spans.some((span) => head.start >= span.start && head.end <= span.end);
}
