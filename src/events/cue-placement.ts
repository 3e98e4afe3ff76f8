import type { ArticleState, CuePlacement } from './analysis-state.js';
import type { PatternMatch } from './cue-matcher.js';
import type { CueEntry } from './event-lexicon.js';

/** The tree of a cue's sentence and the cue's head word in it, or null when the sentence was not parsed. */
export function cueOnTree(cue: PatternMatch<CueEntry>, state: ArticleState): CuePlacement | null {
  if (!state.trees) return null;
  const known = state.placements.get(cue);
  if (known !== undefined) return known;
  const start = state.tokens[cue.first]!.start;
  const end = state.tokens[cue.end - 1]!.end;
  const tree = state.trees.at(start);
  const word = tree?.headOf(start, end);
  const placement = tree && word ? { tree, word } : null;
  state.placements.set(cue, placement);
  return placement;
}
