import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';

/** Lower-case words ("southern", "l'est") allowed between "of"/"de" and the place a people lives in. */
const MAX_WORDS_BEFORE_HOME = 2;

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

/** A state or place mention with a state of its own, other than `code`. */
function isOtherState(mention: MentionDraft, code: string): boolean {
  return (
    (mention.type === 'country' || mention.type === 'place') &&
    mention.country !== null &&
    mention.country !== 'IGO' &&
    mention.country !== code
  );
}

/** The first other state or place of the demonym's sentence that is not itself an ethnic group. */
function homeInSentence(analysis: Analysis, demonym: MentionDraft, code: string): MentionDraft | undefined {
  const { first, end } = sentenceAround(analysis, demonym.tokenStart);
  return analysis.mentions.find(
    (other) =>
      other.tokenStart >= first &&
      other.tokenEnd <= end &&
      isOtherState(other, code) &&
      !(other.form === 'demonym' && markedSpan(analysis, other)),
  );
}

/** "the Albanians of southern Serbia", "les Serbes de Bosnie": a plural demonym noun and where its people live. */
function homeAfter(analysis: Analysis, demonym: MentionDraft, code: string): MentionDraft | undefined {
  const { tokens, keys, lang } = analysis;
  const word = tokens[demonym.tokenStart];
  const plural = lang.code !== 'en' || (keys[demonym.tokenStart] ?? '').endsWith('s');
  if (!word?.capitalised || demonym.tokenEnd - demonym.tokenStart !== 1 || !plural) return undefined;
  let index = demonym.tokenEnd;
  if (!lang.ethnicHomePrepositions.has(keys[index] ?? '')) return undefined;
  index += keys[index + 1] === "'" ? 2 : 1;
  for (let skipped = 0; skipped <= MAX_WORDS_BEFORE_HOME; skipped++, index++) {
    const home = analysis.mentions.find(
      (mention) => mention.tokenStart === index && mention.form !== 'demonym' && isOtherState(mention, code),
    );
    if (home) return home;
    const between = tokens[index];
    if (!between?.isWord || between.capitalised) return undefined;
    if (keys[index + 1] === "'") index++;
  }
  return undefined;
}

/**
 * A demonym that names a people rather than its state — marked as an ethnicity ("ethnic Albanians
 * … in Macedonia", "les Albanais de souche"), or a plural noun placed by "of"/"de" ("the Serbs of
 * Croatia") — stands for the state the people live in, as the CAMEO actor codebook codes ethnic
 * groups: the marked one for the first other state or place of its sentence, the placed one for that
 * place. With none named, the demonym keeps its state.
 */
export function findEthnicGroups(analysis: Analysis): void {
  const { mentions } = analysis;
  for (const [index, mention] of mentions.entries()) {
    const code = mention.country;
    if (mention.form !== 'demonym' || mention.type !== 'country' || !code) continue;
    const marked = markedSpan(analysis, mention);
    const home = marked ? homeInSentence(analysis, mention, code) : homeAfter(analysis, mention, code);
    if (!home?.country) continue;
    const span = marked ?? { start: mention.tokenStart, end: mention.tokenEnd };
    mentions[index] = {
      type: 'organization',
      key: `group:ethnic:${code}:${home.country}`,
      name: spanText(analysis, span.start, span.end),
      country: home.country,
      tokenStart: span.start,
      tokenEnd: span.end,
      ruleId: ruleId(analysis, 'group.ethnic'),
      form: 'name',
    };
  }
}
