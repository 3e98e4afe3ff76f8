import { type Analysis, type MentionDraft } from './analysis.js';

/** Whether the folded keys of one of `phrases` end just before token `index`. */
function phraseEndsAt(analysis: Analysis, phrases: readonly string[][], index: number): boolean {
  return phrases.some(
    (phrase) =>
      phrase.length > 0 &&
      index >= phrase.length &&
      phrase.every((key, offset) => analysis.keys[index - phrase.length + offset] === key),
  );
}

/** Whether one of `phrases` starts at token `index`. */
function phraseStartsAt(analysis: Analysis, phrases: readonly string[][], index: number): boolean {
  return phrases.some(
    (phrase) => phrase.length > 0 && phrase.every((key, offset) => analysis.keys[index + offset] === key),
  );
}

/** The state of the latest country mention that ends before token `index`, or null. */
function latestStateBefore(analysis: Analysis, index: number): string | null {
  let best: MentionDraft | undefined;
  for (const mention of analysis.mentions) {
    if (mention.type !== 'country' || !mention.country || mention.tokenEnd > index) continue;
    if (!best || mention.tokenEnd > best.tokenEnd) best = mention;
  }
  return best?.country ?? null;
}

/** Token index of the token that starts at character `offset`, or -1. */
function tokenAt(analysis: Analysis, offset: number): number {
  return analysis.tokens.findIndex((token) => token.start === offset);
}

/** Whether a state anaphor stands before `start` or closes (or follows) the span ending at `end`. */
function hasStateAnaphor(analysis: Analysis, start: number, end: number): boolean {
  const { stateAnaphorsBefore, stateAnaphorsAfter } = analysis.lang;
  return (
    phraseEndsAt(analysis, stateAnaphorsBefore, start) ||
    phraseEndsAt(analysis, stateAnaphorsAfter, end) ||
    phraseStartsAt(analysis, stateAnaphorsAfter, end)
  );
}

/**
 * "Japan … The country's Foreign Ministry", "le ministère des Affaires étrangères du pays", "the
 * nation's Foreign Minister X": an organisation or a title that names its state only by an anaphor
 * (`stateAnaphors` in `entity-context.json`) serves the state last named before it. Rule ids get
 * `.country-from-anaphor`.
 */
export function resolveStateAnaphors(analysis: Analysis): void {
  for (const mention of analysis.mentions) {
    if (mention.country) continue;
    if (mention.type === 'organization') {
      if (!hasStateAnaphor(analysis, mention.tokenStart, mention.tokenEnd)) continue;
      const state = latestStateBefore(analysis, mention.tokenStart);
      if (!state) continue;
      mention.country = state;
      mention.ruleId = `${mention.ruleId}.country-from-anaphor`;
      continue;
    }
    const role = mention.role;
    if (mention.type !== 'person' || !role || role.country) continue;
    const roleStart = tokenAt(analysis, role.start);
    if (roleStart < 0 || !phraseEndsAt(analysis, analysis.lang.stateAnaphorsBefore, roleStart)) continue;
    const state = latestStateBefore(analysis, roleStart);
    if (!state) continue;
    mention.country = state;
    role.country = state;
    role.ruleId = `${role.ruleId}.country-from-anaphor`;
  }
}
