import { lexiconEnd, type Analysis } from './analysis.js';

const MAX_NAME_TOKENS = 7;

/**
 * A token that may be part of a person's name: capitalised, not a known word of another kind. After
 * an honorific ("M. PARIS", "M. Canton") capitals and place names are names too.
 */
export function isNameWord(analysis: Analysis, index: number, afterHonorific = false): boolean {
  const token = analysis.tokens[index];
  if (!token?.isWord || !token.capitalised || /^\p{N}/u.test(token.raw)) return false;
  if (token.allCaps && !afterHonorific && token.raw.length > 2) return false;
  if (analysis.capsContext[index] && !afterHonorific) return false;
  if (analysis.gazetteerCovered[index] && !afterHonorific) return false;
  if (analysis.lang.notNames.has(token.raw)) return false;
  if (lexiconEnd(analysis, analysis.lang.titleHeads, index) > 0) return false;
  if (lexiconEnd(analysis, analysis.lang.orgHeads, index) > 0) return false;
  return true;
}

/**
 * End (exclusive token index) of a person's name starting at `start`: capitalised words, joined by
 * hyphens ("Jean-Claude") or one or two particles ("da Silva", "von der Leyen"); -1 when no name
 * starts there.
 */
export function nameEnd(analysis: Analysis, start: number, afterHonorific = false): number {
  const { tokens } = analysis;
  let index = start;
  let lastWordEnd = -1;
  let words = 0;
  while (index < tokens.length && words < MAX_NAME_TOKENS) {
    const token = tokens[index];
    if (!token) break;
    if (words > 0 && token.raw === '-' && !token.spaceBefore) {
      const next = tokens[index + 1];
      // "Mékong-Japon" joins a country: a compound, not a person's name.
      if (analysis.gazetteerCovered[index + 1] && !afterHonorific) return -1;
      if (next?.isWord && !next.spaceBefore && /^\p{L}/u.test(next.raw)) {
        index += 2;
        lastWordEnd = index;
        continue;
      }
      break;
    }
    // "K.P. Sharma Oli", "George W. Bush": a capital initial and its dot, then more of the name.
    if (isInitial(analysis, index) && isNameWord(analysis, index + 2, afterHonorific)) {
      words += 1;
      index += 2;
      continue;
    }
    if (
      (isNameWord(analysis, index, afterHonorific) ||
        isPlaceAfterGivenName(analysis, start, index, words) ||
        isCommonWordInName(analysis, start, index, words) ||
        isTitleWordInVietnameseName(analysis, start, index, words)) &&
      !analysis.personCovered[index]
    ) {
      words += 1;
      index += 1;
      lastWordEnd = index;
      continue;
    }
    const isParticle = words > 0 && !token.capitalised && analysis.lang.nameParticles.has(token.fold);
    if (isParticle && isNameWord(analysis, index + 1, afterHonorific)) {
      index += 1;
      continue;
    }
    // "Ursula von der Leyen", "Vincent van den Berg": two particles before the name word.
    const second = tokens[index + 1];
    const twoParticles =
      isParticle && second?.capitalised === false && analysis.lang.nameParticles.has(second.fold);
    if (twoParticles && isNameWord(analysis, index + 2, afterHonorific)) {
      index += 2;
      continue;
    }
    // "Omar al-Bashir": the particle hyphenated to the next name word.
    const hyphen = tokens[index + 1];
    if (isParticle && hyphen?.raw === '-' && !hyphen.spaceBefore && !tokens[index + 2]?.spaceBefore) {
      if (isNameWord(analysis, index + 2, afterHonorific)) {
        index += 2;
        continue;
      }
    }
    break;
  }
  return lastWordEnd;
}

/**
 * "Omar **Nasser**", "George **Washington**": a one-word place or capital right after a common given
 * name that opens the name is its surname, not the place.
 */
function isPlaceAfterGivenName(analysis: Analysis, start: number, index: number, words: number): boolean {
  if (words !== 1 || index !== start + 1 || !analysis.lexicon.givenNames.has(analysis.keys[start] ?? ''))
    return false;
  const match = analysis.gazetteer.get(index);
  const token = analysis.tokens[index];
  if (!match || match.end !== index + 1 || !token?.capitalised || token.allCaps) return false;
  return match.entry.kind === 'place' || match.entry.kind === 'capital';
}

/** A single capital letter glued to the dot after it ("K." in "K.P. Sharma Oli"). */
function isInitial(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index];
  const dot = analysis.tokens[index + 1];
  return (
    token?.raw.length === 1 &&
    /^\p{Lu}$/u.test(token.raw) &&
    !analysis.personCovered[index] &&
    dot?.raw === '.' &&
    !dot.spaceBefore
  );
}

/**
 * A capitalised common word that still belongs to a name: "Le" opening "Le Thi Thu Hang", "May" in
 * "Mary May Simon", "Son" closing "Bui Thanh Son". Inside a sentence it needs a name word after it
 * or a Vietnamese name around it.
 */
function isCommonWordInName(analysis: Analysis, start: number, index: number, words: number): boolean {
  const token = analysis.tokens[index];
  if (
    !token?.capitalised ||
    token.allCaps ||
    !analysis.lang.notNames.has(token.raw) ||
    analysis.gazetteerCovered[index]
  )
    return false;
  const vietnamese = analysis.lexicon.vietnameseFamilyNames.has(analysis.keys[start] ?? '');
  if (token.sentenceStart) return false;
  if (words === 0)
    return (
      vietnamese &&
      (isNameWord(analysis, index + 1) || isTitleWordInVietnameseName(analysis, start, index + 1, 1)) &&
      isNameWord(analysis, index + 2)
    );
  return vietnamese || isNameWord(analysis, index + 1);
}

/**
 * A capitalised one-word title inside a Vietnamese name is a syllable of it: "Do **Duc** Duy", "Le
 * **Duc** Anh" (Vietnamese Đức, French "duc" = duke). French and English titles before a name are
 * lower case or open the run; inside one, after a family name, they are the name's.
 */
function isTitleWordInVietnameseName(
  analysis: Analysis,
  start: number,
  index: number,
  words: number,
): boolean {
  const token = analysis.tokens[index];
  if (words === 0 || words >= 4 || !token?.capitalised || token.allCaps || token.sentenceStart) return false;
  if (!token.spaceBefore || analysis.capsContext[index] || analysis.gazetteerCovered[index]) return false;
  if (!analysis.lexicon.vietnameseFamilyNames.has(analysis.keys[start] ?? '')) return false;
  if (token.raw.length > 6 || lexiconEnd(analysis, analysis.lang.titleHeads, index) !== index + 1)
    return false;
  const next = analysis.tokens[index + 1];
  return isNameWord(analysis, index + 1) || !(next?.capitalised ?? false);
}

/** Whether a name starts with a Vietnamese family name and has the shape of one (2–4 syllables). */
export function isVietnameseName(analysis: Analysis, start: number, end: number): boolean {
  const words = end - start;
  if (words < 2 || words > 4) return false;
  if (!analysis.lexicon.vietnameseFamilyNames.has(analysis.keys[start] ?? '')) return false;
  for (let index = start; index < end; index += 1) {
    const token = analysis.tokens[index];
    if (!token || token.raw.length > 6 || token.raw === '-') return false;
  }
  return words >= 3 || (analysis.tokens[start]?.raw.length ?? 0) >= 4;
}
