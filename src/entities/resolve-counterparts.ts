import type { Analysis, MentionDraft } from './analysis.js';
import { entryKeys } from './lexicon.js';

/** How far back (in tokens) the person a counterpart mirrors may stand: the same or the previous sentence. */
const COUNTERPART_REACH = 60;

function isCounterpart(analysis: Analysis, mention: MentionDraft): boolean {
  return entryKeys(mention.role?.title ?? '').some((key) => analysis.lang.counterpartTitles.has(key));
}

/**
 * "Le Premier ministre X … avec son homologue laotien Y": Y's role takes X's office (its country
 * stays the one its own words give, "laotien"). X is the latest person before Y, within reach,
 * whose role names an office and who is no counterpart himself.
 */
export function resolveCounterparts(analysis: Analysis): void {
  const persons = analysis.mentions
    .filter((mention) => mention.type === 'person' && mention.role)
    .sort((a, b) => a.tokenStart - b.tokenStart);
  persons.forEach((mention, index) => {
    if (!mention.role || mention.role.office || !isCounterpart(analysis, mention)) return;
    for (let back = index - 1; back >= 0; back--) {
      const other = persons[back]!;
      if (mention.tokenStart - other.tokenEnd > COUNTERPART_REACH) return;
      if (other.key === mention.key || !other.role?.office || isCounterpart(analysis, other)) continue;
      mention.role.office = other.role.office;
      return;
    }
  });
}
