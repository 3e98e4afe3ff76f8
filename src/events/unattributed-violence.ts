import type { PloverType } from '../records/article.js';
import type { ActorMention } from './actor-mentions.js';
import type { ArticleState, SentenceFacts } from './analysis-state.js';
import { mentionsBetween, tokenAt } from './clause-roles.js';
import type { CompiledPack } from './compiled-pack.js';

/** Acts coded to the state where they happen when no one is named as their author. */
export const CODED_BY_PLACE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'PROTEST']);

/** Who acts when no mention names the author: nobody or a crowd, a state organ alone, or someone named. */
export type UnnamedAuthor = 'anonymous' | 'organ' | 'named';

/**
 * "A roadside bomb killed two soldiers near Mosul", "Trois civils ont été tués dans un attentat à
 * Kaboul", "Thousands marched in Paris": an attack or a protest whose author is a device, a blast, a
 * crowd or nobody is coded, as event data sets code unclaimed attacks and street protests, to the
 * state of the place where it happened — the sentence's places (cities,
 * regions) when they lie in one state, else a state named after a place preposition ("in Iraq").
 * A state organ named without its state ("Police in Lyon arrested…", "the army withdrew from…
 * in Kashmir") acts, whatever the act, for the state where it acts.
 */
export function placeOfUnattributedAct(
  author: UnnamedAuthor,
  type: PloverType,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): ActorMention | null {
  if (author === 'named' || (author === 'anonymous' && !CODED_BY_PLACE.has(type))) return null;
  const inSentence = mentionsBetween(state.mentions, facts.span.start, facts.span.end).filter(
    (mention) => mention.code !== 'IGO',
  );
  const places = inSentence.filter((mention) => mention.type === 'place');
  const [first] = places;
  if (first) return places.every((mention) => mention.code === first.code) ? first : null;
  const { tokens } = state;
  return (
    inSentence.find((mention) => {
      const before = tokens[tokenAt(tokens, mention.start) - 1];
      return (
        mention.type === 'country' &&
        before !== undefined &&
        pack.roleWords.placePrepositions.has(before.fold)
      );
    }) ?? null
  );
}
