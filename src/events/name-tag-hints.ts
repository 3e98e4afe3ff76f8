import type { ArticleRecord, EntityType } from '../records/article.js';
import type { TagHint } from '../syntax/types.js';

/** Entities whose capitalised words are proper names, whatever else the word may be ("Hang", "Son"). */
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'country', 'place']);

/** A capitalised word of two letters or more (not an initial or an honorific, "M."). */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]+/gu;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * What the entity stage knows of words the tagger may misread: the capitalised words of person,
 * country and place names are proper nouns ("Hang said", "Son a déclaré", "Long An"), a demonym in
 * lower case is an adjective ("des pêcheurs vietnamiens par…" is no participle). Title phrases
 * that stand for a person ("the Lao leader") give no hint. Fixed before event coding reads a tree.
 */
export function nameTagHints(record: ArticleRecord): TagHint[] {
  const hints: TagHint[] = [];
  for (const entity of record.entities) {
    if (!NAMED.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      const rule = mention.ruleId ?? '';
      if (rule.includes('anaphor')) continue;
      const text = record.text.slice(mention.start, mention.end);
      if (rule.endsWith('.demonym')) {
        if (LOWER_FIRST.test(text)) hints.push({ start: mention.start, end: mention.end, upos: 'ADJ' });
        continue;
      }
      for (const word of text.matchAll(CAPITALISED_WORD)) {
        const start = mention.start + word.index;
        hints.push({ start, end: start + word[0].length, upos: 'PROPN' });
      }
    }
  }
  return hints;
}
