import type { ArticleRecord, EntityType } from '../records/article.js';
import type { TagHint } from '../syntax/types.js';
import { foldWord } from '../entities/fold.js';

/** Entities that can be the subject of a statement ("Vietnam requests", "ASEAN calls on"). */
const SUBJECTS: ReadonlySet<EntityType> = new Set(['person', 'country', 'organization']);

/** The word right after a mention, and the word after that (spaces only between them). */
const NEXT_WORDS = /^[ \t]+(\p{L}+)[ \t]+(\p{L}+)/u;

/** Words that open what a present-tense verb of statement takes: "that", "on", an article. */
const OPENERS: ReadonlySet<string> = new Set([
  'that',
  'on',
  'upon',
  'for',
  'to',
  'the',
  'all',
  'its',
  'their',
]);

/**
 * "Vietnam requests that China…", "Chile calls on both sides…": a present-tense verb of statement
 * right after a name, before what it takes, is a verb, though a tagger trained on treebank prose
 * reads "requests" or "calls" after a proper noun as a plural noun in a compound.
 */
export function verbTagHints(record: ArticleRecord, forms: readonly string[]): TagHint[] {
  if (forms.length === 0) return [];
  const hints: TagHint[] = [];
  for (const entity of record.entities) {
    if (!SUBJECTS.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      const next = NEXT_WORDS.exec(record.text.slice(mention.end, mention.end + 40));
      if (!next || !forms.includes(foldWord(next[1]!)) || !OPENERS.has(foldWord(next[2]!))) continue;
      const start = mention.end + next[0].indexOf(next[1]!);
      hints.push({ start, end: start + next[1]!.length, upos: 'VERB' });
    }
  }
  return hints;
}
