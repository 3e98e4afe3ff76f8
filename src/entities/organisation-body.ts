import { lexiconEnd, type Analysis } from './analysis.js';

/** How an organisation or complement body is read: inside a role title, capitalised words must be portfolios. */
export interface BodyOptions {
  role: boolean;
  /**
   * Names put their head last ("Turkish Parliament", English): capitalised words right after the head
   * or after a country that ends a complement go on with the name only when they hold another
   * organisation head or a portfolio ("Communist Party Central Committee"); otherwise they are the
   * name of who holds a title in it ("Speaker of the Turkish Parliament Numan Kurtulmus", "Speaker of
   * the Grand National Assembly of Turkey Mustafa Sentop").
   */
  headLast?: boolean;
}

const MAX_BODY_TOKENS = 24;
const MAX_LOWERCASE_RUN = 3;
/**
 * The country (or IGO) named by a gazetteer match at a token index; with `places`, also the country
 * of a capital, city or province ("maire adjoint de Tallinn", "gouverneur de la province de Bali").
 */
export function gazetteerCountry(
  analysis: Analysis,
  index: number,
  places = false,
): { end: number; code: string } | null {
  const match = analysis.gazetteer.get(index);
  if (!match) return null;
  const { entry } = match;
  if (entry.kind === 'country-name' || entry.kind === 'demonym') return { end: match.end, code: entry.code };
  if (places && entry.kind === 'capital') return { end: match.end, code: entry.code };
  if (places && entry.kind === 'place' && entry.code && !entry.lowercase)
    return { end: match.end, code: entry.code };
  if (entry.kind === 'igo-name' || entry.kind === 'igo-acronym' || entry.kind === 'igo-adjective') {
    return { end: match.end, code: 'IGO' };
  }
  return null;
}

function startsVietnameseName(analysis: Analysis, index: number): boolean {
  return (
    analysis.lexicon.vietnameseFamilyNames.has(analysis.keys[index] ?? '') &&
    analysis.tokens[index + 1]?.capitalised === true
  );
}

/**
 * "Ministry of Foreign Affairs **Omar** Nasser": in a language that puts a name's head last, a common
 * given name with a capitalised word after it opens the name of who holds a title there.
 */
function startsGivenName(analysis: Analysis, index: number, options: BodyOptions): boolean {
  return (
    options.headLast === true &&
    analysis.lexicon.givenNames.has(analysis.keys[index] ?? '') &&
    analysis.tokens[index + 1]?.capitalised === true
  );
}

/** A capitalised word allowed in a body: any non-name word in organisations, a portfolio word in roles. */
function capitalisedWordOk(analysis: Analysis, index: number, options: BodyOptions): boolean {
  const token = analysis.tokens[index];
  if (!token?.isWord || !token.capitalised || analysis.personCovered[index]) return false;
  if (startsVietnameseName(analysis, index) || startsGivenName(analysis, index, options)) return false;
  if (
    lexiconEnd(analysis, analysis.lang.titleHeads, index) > 0 &&
    !analysis.lang.portfolioWords.has(token.fold)
  )
    return false;
  if (!options.role) return true;
  const acronym = token.allCaps && token.raw.length <= 5;
  return (
    acronym ||
    analysis.lang.portfolioWords.has(token.fold) ||
    lexiconEnd(analysis, analysis.lang.orgHeads, index) > 0
  );
}

/** Whether the run of capitalised body words from `index` holds an organisation head or a portfolio word. */
function runHoldsOrgWord(analysis: Analysis, index: number, options: BodyOptions): boolean {
  for (let at = index; capitalisedWordOk(analysis, at, options); at += 1) {
    const fold = analysis.tokens[at]!.fold;
    if (analysis.lang.portfolioWords.has(fold) || lexiconEnd(analysis, analysis.lang.orgHeads, at) > 0)
      return true;
  }
  return false;
}

function lowercaseWordOk(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index];
  return (
    token?.isWord === true &&
    !token.capitalised &&
    /^\p{L}/u.test(token.raw) &&
    !analysis.lang.orgBodyStopWords.has(token.fold) &&
    !analysis.lang.complementPrepositions.matchesAt(analysis.keys, index).length
  );
}

/** Preposition at `index` that may join parts of a body ("de la", "of the"): its end, or -1. */
function bodyPrepositionEnd(analysis: Analysis, index: number): number {
  for (const match of analysis.lang.complementPrepositions.matchesAt(analysis.keys, index)) {
    if (analysis.lang.orgBodyPrepositions.has(analysis.keys.slice(index, match.end).join(' ')))
      return match.end;
  }
  return -1;
}

/** One content unit at `index` (country, capitalised word, lowercase noun): its end, or -1. */
function contentEnd(
  analysis: Analysis,
  index: number,
  countries: string[],
  options: BodyOptions,
  afterPreposition: boolean,
): number {
  // A role's office is held in the place its complement names ("maire de Paris"); an organisation's
  // name may only mention one, and a place right after a title starts a name ("Ambassador to Vietnam Santiago Morales").
  const country = gazetteerCountry(analysis, index, options.role && afterPreposition);
  if (country) {
    countries.push(country.code);
    return country.end;
  }
  if (capitalisedWordOk(analysis, index, options)) return index + 1;
  // English names are capitalised throughout ("University of Melbourne"); French ones are not.
  const lowercaseOk = afterPreposition && (options.role || analysis.lang.code === 'fr');
  if (lowercaseOk && lowercaseWordOk(analysis, index)) return index + 1;
  return -1;
}

/**
 * End of the body of an organisation name or role complement starting at `start` ("d'investissement
 * direct russe", "de la Patrie du Vietnam"): countries and demonyms met are pushed to `countries`.
 * Returns `start` when nothing can be read (or -1 in role mode).
 */
export function orgBodyEnd(
  analysis: Analysis,
  start: number,
  countries: string[],
  options: BodyOptions,
): number {
  const { tokens } = analysis;
  const limit = Math.min(tokens.length, start + MAX_BODY_TOKENS);
  let index = start;
  let lastGood = -1;
  let lowercaseRun = 0;
  let complemented = false;
  let previousCapitalised = !options.role && analysis.tokens[start - 1]?.capitalised === true;
  if (options.role) {
    const first = contentEnd(analysis, index, countries, options, true);
    if (first < 0) return -1;
    previousCapitalised = tokens[index]?.capitalised === true;
    index = first;
    lastGood = first;
    lowercaseRun = previousCapitalised ? 0 : 1;
  }
  let afterCountry = false;
  while (index < limit) {
    const country = gazetteerCountry(analysis, index);
    if (country) {
      countries.push(country.code);
      index = country.end;
      lastGood = index;
      previousCapitalised = true;
      afterCountry = true;
      continue;
    }
    const afterHeadOrCountry = index === start || afterCountry;
    afterCountry = false;
    const prepositionEnd = bodyPrepositionEnd(analysis, index);
    if (prepositionEnd > 0) {
      const named = countries.length;
      const content = contentEnd(analysis, prepositionEnd, countries, options, true);
      if (content < 0) break;
      complemented = true;
      afterCountry = countries.length > named;
      previousCapitalised = tokens[prepositionEnd]?.capitalised === true;
      lowercaseRun = previousCapitalised ? 0 : 1;
      index = content;
      lastGood = index;
      continue;
    }
    const token = tokens[index];
    if (options.headLast && afterHeadOrCountry && !runHoldsOrgWord(analysis, index, options)) break;
    if (previousCapitalised && capitalisedWordOk(analysis, index, options)) {
      index += 1;
      lastGood = index;
      continue;
    }
    const adjectiveEnding = analysis.lang.adjectiveEnding;
    if (
      adjectiveEnding &&
      lowercaseRun < MAX_LOWERCASE_RUN &&
      lowercaseWordOk(analysis, index) &&
      adjectiveEnding.test(token?.raw.toLowerCase() ?? '')
    ) {
      lowercaseRun += 1;
      previousCapitalised = false;
      index += 1;
      if (tokens[index]?.raw === '-' && !tokens[index]?.spaceBefore && lowercaseWordOk(analysis, index + 1))
        index += 2;
      lastGood = index;
      continue;
    }
    // Only complements are coordinated ("de paix et de sécurité"), not the head ("du Sénat et du pays").
    const coordinated = complemented ? coordinatedPartEnd(analysis, index, countries, options) : -1;
    if (coordinated > 0) {
      previousCapitalised = tokens[coordinated - 1]?.capitalised === true;
      lowercaseRun = 0;
      index = coordinated;
      lastGood = index;
      continue;
    }
    break;
  }
  if (options.role) return lastGood;
  return lastGood < 0 ? start : lastGood;
}

/**
 * End of a coordinated part of a body at a coordinator ("Conseil de paix **et de sécurité** de
 * l'Union africaine", "Ministry of Agriculture **and Rural Development**"): the coordinator followed
 * by a preposition and its content, or by a capitalised word after a capitalised one; -1 otherwise
 * ("le ministère des Affaires étrangères et le ministère…" stops before "et").
 */
function coordinatedPartEnd(
  analysis: Analysis,
  index: number,
  countries: string[],
  options: BodyOptions,
): number {
  if (options.role || !analysis.lang.coordinators.has(analysis.keys[index] ?? '')) return -1;
  const after = index + 1;
  const prepositionEnd = bodyPrepositionEnd(analysis, after);
  if (prepositionEnd > 0) return contentEnd(analysis, prepositionEnd, countries, options, true);
  const before = analysis.tokens[index - 1];
  return before?.capitalised === true && capitalisedWordOk(analysis, after, options) ? after + 1 : -1;
}
