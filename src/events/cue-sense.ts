import type { ArticleState } from './analysis-state.js';
import type { CompiledPack } from './compiled-pack.js';
import { cueArguments, inDateMention } from './cue-arguments.js';
import type { PatternMatch } from './cue-matcher.js';
import { cueOnTree } from './cue-placement.js';
import { frameAllows } from './event-frames.js';
import type { CueEntry } from './event-lexicon.js';

/**
 * Whether a cue row keeps its sense on the tree: its frames allow its arguments, and a verb row is
 * not read on a word the tagger reads as a noun (its homograph, "une rencontre", "l'attaquant").
 * A row ruled out gives way to the other rows matching the same words ("protested" by a ministry).
 */
export function senseFits(
  cue: PatternMatch<CueEntry>,
  state: ArticleState,
  pack: CompiledPack,
  cueHeads: ReadonlySet<number>,
): boolean {
  const placed = cueOnTree(cue, state);
  const type = cue.entry.event;
  if (!placed || !type) return true;
  if (cue.entry.verbal && cue.end - cue.first === 1 && placed.word.upos === 'NOUN') return false;
  // "le président a prononcé un discours lors du sommet" is no "@présider _ sommet".
  const first = state.tokens[cue.first]!;
  if (cue.entry.verbFirst && placed.tree.wordsIn(first.start, first.end)[0]?.upos === 'NOUN') return false;
  const { args, isActor, namesActor } = cueArguments(
    placed.tree,
    placed.word,
    cue.entry,
    state,
    pack,
    (word) => cueHeads.has(word.start),
  );
  return frameAllows(
    pack.tree.frames,
    placed.tree,
    placed.word,
    type,
    args,
    isActor,
    inDateMention(state),
    namesActor,
  );
}
