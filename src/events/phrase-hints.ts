import type { ArticleRecord } from '../records/article.js';
import type { PhraseHint } from '../syntax/types.js';

/** Only spaces between a title and the name it opens. */
const SPACES = /^[ \t]+$/u;

/**
 * Phrases the entity stage found that the parser must keep whole: a title right before the name
 * it opens ("US Ambassador to the Philippines MaryKay Carlson", "Premier ministre Pham Minh Chinh").
 */
export function phraseHints(record: ArticleRecord): PhraseHint[] {
  const hints: PhraseHint[] = [];
  for (const entity of record.entities) {
    for (const mention of entity.mentions) {
      if (entity.type !== 'person') continue;
      const role = entity.roles.find(
        (candidate) =>
          candidate.end <= mention.start &&
          SPACES.test(record.text.slice(candidate.end, mention.start)) &&
          candidate.start < candidate.end,
      );
      // The name heads the phrase: its first word, as the treebanks head a name.
      if (role) hints.push({ start: role.start, end: mention.end, head: mention.start });
    }
  }
  return hints;
}
