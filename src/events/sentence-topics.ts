import { selectNonOverlapping, type PatternMatcher } from './cue-matcher.js';
import type { TopicEntry } from './event-lexicon.js';
import type { EventToken } from './event-tokens.js';
import type { SentenceRange } from './sentences.js';

/** Contexts, sectors and CONSULT modes that the words of a sentence point to. */
export interface SentenceTopics {
  context: string[];
  sectors: string[];
  mode: string[];
}

/** Collect the topic entries found in a sentence, in lexicon vocabulary, without duplicates. */
export function sentenceTopics(
  matcher: PatternMatcher<TopicEntry>,
  tokens: readonly EventToken[],
  sentence: SentenceRange,
): SentenceTopics {
  const topics: SentenceTopics = { context: [], sectors: [], mode: [] };
  for (const { entry } of selectNonOverlapping(matcher.findAll(tokens, sentence.first, sentence.end))) {
    if (entry.context) topics.context.push(entry.context);
    if (entry.sector) topics.sectors.push(entry.sector);
    if (entry.mode) topics.mode.push(entry.mode);
  }
  return { context: unique(topics.context), sectors: unique(topics.sectors), mode: unique(topics.mode) };
}

/** Sorted distinct values (stable output). */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
