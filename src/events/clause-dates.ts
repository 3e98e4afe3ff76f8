import type { DateMention } from '../records/article.js';
import type { CuePlacement } from './analysis-state.js';
import { hasRelation } from './dependency-tree.js';

/** Most steps from a date's word up to what it dates (a date phrase is a few words). */
const MAX_STEPS = 4;

/**
 * The sentence's dates that can date the cue's act: not one the tree hangs on another noun ("discussed
 * preparations for visits **this year**") or on a participle describing one ("les restrictions imposées aux
 * navires **depuis 2019**, protestant…"): those date that thing, not the act. Without a tree, all of them.
 */
export function datesOfCueClause(
  dates: readonly DateMention[],
  placement: CuePlacement | null,
): DateMention[] {
  if (!placement || dates.length === 0) return [...dates];
  const { tree, word: cue } = placement;
  return dates.filter((date) => {
    let word = tree.headOf(date.start, date.end);
    for (let steps = 0; word && steps < MAX_STEPS; steps++) {
      const head = tree.head(word);
      if (!head || head === cue) return true;
      // Inside the date phrase ("March 12", "fin 2014") the words complete one another.
      if (head.start >= date.start && head.end <= date.end) {
        word = head;
        continue;
      }
      const describing = head.feats['VerbForm'] === 'Part' && hasRelation(head, 'acl');
      return head.upos !== 'NOUN' && head.upos !== 'PROPN' && !describing;
    }
    return true;
  });
}
