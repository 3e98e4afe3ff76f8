import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';

/** First and last token (exclusive) of the sentence holding a token. */
function sentenceAround(analysis: Analysis, index: number): { first: number; end: number } {
  const { tokens } = analysis;
  let first = index;
  while (first > 0 && !tokens[first]?.sentenceStart) first--;
  let end = index + 1;
  while (end < tokens.length && !tokens[end]?.sentenceStart) end++;
  return { first, end };
}

/** Token span of the ethnic marker around a demonym ("ethnic Albanians", "les Albanais de souche"), or null. */
function markedSpan(analysis: Analysis, demonym: MentionDraft): { start: number; end: number } | null {
  const { keys, lang } = analysis;
  for (const marker of lang.ethnicMarkersBefore) {
    const start = demonym.tokenStart - marker.length;
    if (start >= 0 && marker.every((key, offset) => keys[start + offset] === key))
      return { start, end: demonym.tokenEnd };
  }
  for (const marker of lang.ethnicMarkersAfter) {
    const from = demonym.tokenEnd;
    if (marker.every((key, offset) => keys[from + offset] === key))
      return { start: demonym.tokenStart, end: from + marker.length };
  }
  return null;
}

/**
 * "ethnic Albanians … in Macedonia", "les Albanais de souche de Serbie": a demonym marked as an
 * ethnicity names a people, not its state. As the CAMEO actor codebook codes ethnic groups by the
 * state they live in, the group stands for the first other state or place of its sentence; with
 * none named, the demonym keeps its state.
 */
export function findEthnicGroups(analysis: Analysis): void {
  const { mentions } = analysis;
  for (const [index, mention] of mentions.entries()) {
    if (mention.form !== 'demonym' || mention.type !== 'country' || !mention.country) continue;
    const marked = markedSpan(analysis, mention);
    if (!marked) continue;
    const { first, end } = sentenceAround(analysis, mention.tokenStart);
    const home = mentions.find(
      (other) =>
        other.tokenStart >= first &&
        other.tokenEnd <= end &&
        (other.type === 'country' || other.type === 'place') &&
        other.country !== null &&
        other.country !== 'IGO' &&
        other.country !== mention.country &&
        !(other.form === 'demonym' && markedSpan(analysis, other)),
    );
    if (!home?.country) continue;
    const name = spanText(analysis, marked.start, marked.end);
    mentions[index] = {
      type: 'organization',
      key: `group:ethnic:${mention.country}:${home.country}`,
      name,
      country: home.country,
      tokenStart: marked.start,
      tokenEnd: marked.end,
      ruleId: ruleId(analysis, 'group.ethnic'),
      form: 'name',
    };
  }
}
