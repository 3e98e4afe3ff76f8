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
        if (demonymAdjective(text, record.language))
          hints.push({ start: mention.start, end: mention.end, upos: 'ADJ' });
        continue;
      }
      hints.push(...capitalisedWords(record.text, mention.start, mention.end));
    }
  }
  // English capitalises a title before a name ("General Secretary To Lam"): proper nouns in the
  // treebank's convention, after the hints above (a demonym inside stays an adjective).
  if (record.language === 'en') {
    for (const entity of record.entities) {
      if (entity.type !== 'person') continue;
      for (const role of entity.roles) {
        if (role.start !== undefined && role.end !== undefined)
          hints.push(...capitalisedWords(record.text, role.start, role.end));
      }
    }
  }
  return hints;
}

function capitalisedWords(text: string, start: number, end: number): TagHint[] {
  return [...text.slice(start, end).matchAll(CAPITALISED_WORD)].map((word) => ({
    start: start + word.index,
    end: start + word.index + word[0].length,
    upos: 'PROPN' as const,
  }));
}

/**
 * A demonym that qualifies a noun: French writes it in lower case ("vietnamiens"; "les Vietnamiens"
 * are people), English capitalises both and marks the people's plural ("Singaporean Prime
 * Minister" but "Singaporeans").
 */
function demonymAdjective(text: string, language: string | null): boolean {
  if (LOWER_FIRST.test(text)) return true;
  return language === 'en' && !text.endsWith('s');
}
