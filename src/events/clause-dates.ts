import type { DateMention } from '../records/article.js';
import type { CuePlacement } from './analysis-state.js';
import { hasRelation } from './dependency-tree.js';
import type { SyntaxWord } from '../syntax/types.js';

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
  engaged = false,
): DateMention[] {
  if (!placement || dates.length === 0) return [...dates];
  const { tree, word: cue } = placement;
  // "X, en visite officielle au Vietnam du 16 au 19 mars": a stay described beside a person is dated by
  // its own phrase, not by the sentence's act ("a reçu le 17 mars").
  if (engaged) {
    const own = dates.filter((date) => withinPhrase(tree, tree.headOf(date.start, date.end), cue));
    if (own.length > 0) return own;
  }
  return dates.filter((date) => {
    const head = dateGovernor(tree, date);
    if (!head || head === cue) return true;
    const describing = head.feats['VerbForm'] === 'Part' && hasRelation(head, 'acl');
    return head.upos !== 'NOUN' && head.upos !== 'PROPN' && !describing;
  });
}

/**
 * The word a date phrase hangs on: the first head outside the date's span, a few steps up from its
 * head word (inside the phrase, "March 12", "fin 2014", the words complete one another); undefined at
 * the root, null when the date has no word or its phrase runs past `MAX_STEPS`.
 */
function dateGovernor(tree: CuePlacement['tree'], date: DateMention): SyntaxWord | null | undefined {
  let word = tree.headOf(date.start, date.end);
  for (let steps = 0; word && steps < MAX_STEPS; steps++) {
    const head = tree.head(word);
    if (!head || head.start < date.start || head.end > date.end) return head;
    word = head;
  }
  return null;
}

/** Whether a word lies in the phrase a noun heads, a few steps below it. */
function withinPhrase(
  tree: CuePlacement['tree'],
  word: SyntaxWord | null | undefined,
  noun: SyntaxWord,
): boolean {
  for (let steps = 0; word && steps <= MAX_STEPS; steps++) {
    if (word === noun) return true;
    word = tree.head(word);
  }
  return false;
}

/**
 * The dates the tree hangs on the cue itself (or, for a noun cue, on the verb that carries it: "ont
 * établi des relations diplomatiques en 1961"), a few steps up from the date's head: those that
 * certainly date the cue's act, not another clause's ("a rappelé que la France avait aidé … en 2003, et
 * a affirmé que…"). None without a tree.
 */
export function datesOnCue(dates: readonly DateMention[], placement: CuePlacement | null): DateMention[] {
  if (!placement) return [];
  const { tree, word: cue } = placement;
  const carrier = cue.upos === 'NOUN' ? tree.head(cue) : undefined;
  return dates.filter((date) => {
    const head = dateGovernor(tree, date);
    return head != null && (head === cue || head === carrier);
  });
}
