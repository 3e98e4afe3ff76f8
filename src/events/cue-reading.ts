import type { DateMention } from '../records/article.js';
import type { ArticleState, SentenceFacts, Sides } from './analysis-state.js';
import { commitmentObject } from './commitment-object.js';
import type { CompiledPack } from './compiled-pack.js';
import type { PatternMatch } from './cue-matcher.js';
import type { CueEntry } from './event-lexicon.js';
import { isHypothetical, isNegated } from './modality.js';
import { resolveSides } from './resolve-sides.js';
import { complementText, dueDate } from './tree-commitment.js';
import { cueOnTree, readOnTree } from './tree-reading.js';

/** What the coder reads around one cue: its sides, polarity, mood and, for commitments, object and deadline. */
export interface CueReading {
  sides: Sides;
  negated: boolean;
  hypothetical: boolean;
  what: string | null;
  /** The commitment's due date; undefined when the sentence has no tree (the caller dates it by position). */
  due: DateMention | null | undefined;
}

/**
 * Read a cue on its sentence's dependency tree when the syntax layer parsed it, else with the
 * word-window heuristics (README "How a sentence is read"). Null when the cue's frame rules its sense out.
 */
export function readCue(
  cue: PatternMatch<CueEntry>,
  zoneFirst: number,
  facts: SentenceFacts,
  state: ArticleState,
  pack: CompiledPack,
): CueReading | null {
  const { tokens, record } = state;
  const heuristicWhat = (): string | null =>
    commitmentObject(tokens, cue.end, facts.sentence.end, record.text);
  const placed = cueOnTree(cue, state);
  if (!placed) {
    return {
      sides: resolveSides(cue, zoneFirst, facts, state, pack),
      negated: isNegated(tokens, zoneFirst, cue.first, pack.modality),
      hypothetical: isHypothetical(tokens, zoneFirst, cue.first, pack.modality),
      what: cue.entry.commitment ? heuristicWhat() : null,
      due: undefined,
    };
  }
  const reading = readOnTree(placed.tree, placed.word, cue, facts, state, pack);
  if (!reading) return null;
  let { sides } = reading;
  if (reading.subjectless) {
    // No subject in the tree (a headline, an elliptic clause): the actor is looked for around the cue.
    const around = resolveSides(cue, zoneFirst, facts, state, pack);
    const codes = new Set([...around.actors.map((m) => m.code), ...around.actorCodes]);
    const named = sides.recipients.filter((mention) => !codes.has(mention.code));
    sides = named.length > 0 ? { ...around, recipients: named, recipientCodes: [] } : around;
  }
  const { complement } = reading;
  return {
    sides,
    negated: reading.negated,
    hypothetical: reading.hypothetical,
    what: complement ? complementText(placed.tree, complement, record.text) : null,
    due: complement ? dueDate(placed.tree, complement, facts.sentenceDates) : null,
  };
}
