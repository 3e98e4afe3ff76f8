import type { SyntaxWord } from '../syntax/types.js';
import type { CuePlacement } from './analysis-state.js';
import { hasRelation } from './dependency-tree.js';

/**
 * Whether a mention lies in a verb clause coordinated with the cue's own ("Il a demandé aux pays
 * membres de…, et a proposé que la Chine et le Myanmar…"): that clause's party, not the cue's.
 */
export function inOtherConjunctClause(
  placed: CuePlacement,
  mention: { start: number; end: number },
): boolean {
  const { tree, word: cue } = placed;
  const word = tree.headOf(mention.start, mention.end);
  if (!word) return false;
  const clause = cue.upos === 'NOUN' && tree.head(cue) ? tree.head(cue)! : cue;
  for (let at: SyntaxWord | undefined = word; at; at = tree.head(at)) {
    if (at === clause || at === cue) return false;
    const head = tree.head(at);
    if (hasRelation(at, 'conj') && at.upos === 'VERB' && head !== undefined && tree.dominates(head, clause))
      return !tree.dominates(at, clause);
  }
  return false;
}
