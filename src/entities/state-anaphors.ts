import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';

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

/** Index of the first token of the sentence holding token `index`. */
function sentenceStartOf(analysis: Analysis, index: number): number {
  let start = index;
  while (start > 0 && !analysis.tokens[start]?.sentenceStart) start -= 1;
  return start;
}

/**
 * The state an anaphor at token `index` stands for: the first state named in its sentence before it
 * (the sentence's topic: "India imposed duties on steel from Vietnam, following a recommendation by
 * the country's …"), else the latest state named before; null when none.
 */
function antecedentState(analysis: Analysis, index: number): string | null {
  const sentenceStart = sentenceStartOf(analysis, index);
  let first: MentionDraft | undefined;
  let latest: MentionDraft | undefined;
  for (const mention of analysis.mentions) {
    if (mention.type !== 'country' || !mention.country || mention.tokenEnd > index) continue;
    if (mention.tokenStart >= sentenceStart && (!first || mention.tokenStart < first.tokenStart))
      first = mention;
    if (!latest || mention.tokenEnd > latest.tokenEnd) latest = mention;
  }
  return (first ?? latest)?.country ?? null;
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
 * (`stateAnaphors` in `entity-context.json`) serves the first state named before it in its sentence,
 * else the state last named. Rule ids get
 * `.country-from-anaphor`.
 */
export function resolveStateAnaphors(analysis: Analysis): void {
  for (const mention of analysis.mentions) {
    if (mention.country) continue;
    if (mention.type === 'organization') {
      if (!hasStateAnaphor(analysis, mention.tokenStart, mention.tokenEnd)) continue;
      const state = antecedentState(analysis, mention.tokenStart);
      if (!state) continue;
      mention.country = state;
      mention.ruleId = `${mention.ruleId}.country-from-anaphor`;
      continue;
    }
    const role = mention.role;
    if (mention.type !== 'person' || !role || role.country) continue;
    const roleStart = tokenAt(analysis, role.start);
    if (roleStart < 0 || !phraseEndsAt(analysis, analysis.lang.stateAnaphorsBefore, roleStart)) continue;
    const state = antecedentState(analysis, roleStart);
    if (!state) continue;
    mention.country = state;
    role.country = state;
    role.ruleId = `${role.ruleId}.country-from-anaphor`;
  }
}

/**
 * "Ana Gutierrez told reporters that her country was ready…", "a affirmé que son pays…": a possessive
 * with a word for one's country (`homeAnaphors` in `entity-context.json`) names the state of the
 * latest person named before it in its sentence, when that person's state is known; it becomes a
 * mention of that state (rule `country.home-anaphor`). Elsewhere it names no one.
 */
export function findHomeAnaphors(analysis: Analysis): void {
  const { keys, lang } = analysis;
  if (lang.homeAnaphors.length === 0) return;
  const persons = analysis.mentions.filter((mention) => mention.type === 'person' && mention.country);
  for (let index = 0; index < keys.length; index += 1) {
    const phrase = lang.homeAnaphors.find((words) => phraseStartsAt(analysis, [words], index));
    if (!phrase) continue;
    const sentenceStart = sentenceStartOf(analysis, index);
    const person = persons
      .filter((mention) => mention.tokenEnd <= index && mention.tokenStart >= sentenceStart)
      .at(-1);
    const code = person?.country;
    if (!code) continue;
    const end = index + phrase.length;
    analysis.mentions.push({
      type: 'country',
      key: `country:${code}`,
      name: spanText(analysis, index, end),
      country: code,
      tokenStart: index,
      tokenEnd: end,
      ruleId: ruleId(analysis, 'country.home-anaphor'),
      form: 'short',
    });
    index = end - 1;
  }
}
