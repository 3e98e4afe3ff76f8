import type { DateMention, PloverType } from '../records/article.js';
import type { PatternMatch } from './cue-matcher.js';
import type { CueEntry } from './event-lexicon.js';
import type { EventToken } from './event-tokens.js';

/** Whether an earlier cue's word dominates a later cue's in the tree; null when the tree cannot tell (no parse). */
export type TreeGoverns = (governor: PatternMatch<CueEntry>, cue: PatternMatch<CueEntry>) => boolean | null;

/** Acts a decision to do them still reports as an agreement ("ont décidé de renforcer la coopération"). */
const DECIDED_TOGETHER = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * Deeds a charge names that are acts of their own (PLOVER's material conflict): "accused X of
 * attacking boats" reports the attack too; "accused X of supporting Y" only the charge, as the
 * agency-news guidelines code a verbal act a statement reacts to.
 */
const DEEDS = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION']);

/**
 * The cues that are events: not blocking entries, not inside a date ("on March 21"), not inside what a
 * governing cue asks, agrees or promises ("a demandé … de soutenir": by the tree when the sentence
 * is parsed, else up to a clause break), and not a second cue of the same type in the same clause
 * ("un entretien par visioconférence", "a reçu et s'est entretenu avec": one act, stated twice).
 * A decision (`yields`) gives way to an act of another kind it governs; a charge (`alleges`) keeps the
 * deeds it names beside it. A cue that `standsApart` ("a reçu … X, **en visite** officielle au Vietnam
 * du 16 au 19 mars": the visitor's stay, told beside the reception held during it) is an act of its
 * own even under a cue of its type.
 */
export function eventCues(
  cues: ReadonlyArray<PatternMatch<CueEntry>>,
  tokens: readonly EventToken[],
  clauseBreaks: ReadonlySet<string>,
  dates: readonly DateMention[],
  treeGoverns: TreeGoverns,
  standsApart: (cue: PatternMatch<CueEntry>) => boolean = () => false,
): Array<PatternMatch<CueEntry>> {
  const kept: Array<PatternMatch<CueEntry>> = [];
  let governor: PatternMatch<CueEntry> | null = null;
  const clauseBetween = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (clauseBreaks.has(tokens[i]!.fold)) return true;
    return false;
  };
  const inDate = (cue: PatternMatch<CueEntry>): boolean =>
    dates.some((date) => date.start <= tokens[cue.first]!.start && tokens[cue.end - 1]!.end <= date.end);
  for (const cue of cues) {
    if (cue.entry.event === null || inDate(cue)) continue;
    let alleged = false;
    if (governor && (treeGoverns(governor, cue) ?? !clauseBetween(governor.end, cue.first))) {
      if (governor.entry.alleges) {
        if (!DEEDS.has(cue.entry.event)) continue;
        alleged = true;
      } else {
        // "a décidé d'imposer des sanctions": the sanction is the news, not an agreement.
        if (!governor.entry.yields || DECIDED_TOGETHER.has(cue.entry.event)) continue;
        kept.splice(kept.indexOf(governor), 1);
      }
    }
    const previous = kept[kept.length - 1];
    if (
      previous &&
      previous.entry.event === cue.entry.event &&
      !standsApart(cue) &&
      (treeGoverns(previous, cue) ?? !clauseBetween(previous.end, cue.first))
    )
      continue;
    kept.push(cue);
    // "accused X of attacking boats and arming rebels": the charge still governs after the deed.
    if (!alleged) governor = cue.entry.governs ? cue : null;
  }
  return kept;
}
