import { isServedPreposition, lexiconEnd, type Analysis } from './analysis.js';

/** Longest run of capitalised words read as a body no lexicon knows, the holder's name included. */
const MAX_RUN = 6;
/** Words of a lower-case gloss in brackets after a body's name: "(lower house)", "(parliament)". */
const MAX_GLOSS_WORDS = 4;

/** A capitalised word that may belong to a body's or a person's name: no title, no known place. */
function isRunWord(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index];
  if (!token?.isWord || !token.capitalised || token.sentenceStart || /^\p{N}/u.test(token.raw)) return false;
  if (analysis.gazetteerCovered[index] || analysis.personCovered[index]) return false;
  return lexiconEnd(analysis, analysis.lang.titleHeads, index) < 0;
}

/** "(lower house)": a bracketed gloss of lower-case words at `index`; the index after ")", or -1. */
export function lowerCaseGlossEnd(analysis: Analysis, index: number): number {
  const { tokens } = analysis;
  if (tokens[index]?.raw !== '(') return -1;
  for (let position = index + 1; position <= index + MAX_GLOSS_WORDS + 1; position += 1) {
    const token = tokens[position];
    if (token?.raw === ')') return position > index + 1 ? position + 1 : -1;
    if (!token?.isWord || token.capitalised) return -1;
  }
  return -1;
}

/** Where a person's name may open inside a run [start, end) that ends on it: a known name word, else its last two words. */
function nameStartInRun(analysis: Analysis, start: number, end: number): number {
  const { givenNames, vietnameseFamilyNames } = analysis.lexicon;
  for (let index = start + 1; index <= end - 2; index += 1) {
    const key = analysis.keys[index] ?? '';
    if (givenNames.has(key) || vietnameseFamilyNames.has(key)) return index;
  }
  return end - start >= 3 ? end - 2 : -1;
}

/**
 * A title's complement that names a body or a region no lexicon knows ("Chairman of the Mazhilis
 * (lower house) of the Parliament of Kazakhstan Yerlan Bekov", "Speaker of the Knesset Amir Ohana",
 * "Regional Director for the Western Pacific Tevita Lolohea"): a run of capitalised words after a
 * complement preposition. When a gloss in brackets or another served complement follows, the whole
 * run is the body; when the run runs on into the holder's name, the body stops where the name opens
 * (a known given or family name, else the last two words, the run being at least three). The index
 * after the body, or -1 when no such body is there.
 */
export function unknownBodyEnd(analysis: Analysis, index: number): number {
  if (analysis.lang.code !== 'en') return -1;
  let end = index;
  while (end < index + MAX_RUN && isRunWord(analysis, end)) end += 1;
  if (end === index) return -1;
  const gloss = lowerCaseGlossEnd(analysis, end);
  if (gloss > 0) return gloss;
  const preposition = lexiconEnd(analysis, analysis.lang.complementPrepositions, end);
  if (preposition > 0 && isServedPreposition(analysis, end, preposition)) return end;
  return nameStartInRun(analysis, index, end);
}
