import { isServedPreposition, lexiconEnd, type Analysis } from './analysis.js';
import type { GazetteerEntry } from './lexicon.js';
import type { Token } from './tokenize.js';
import { orgBodyEnd } from './organisation-body.js';
import { lowerCaseGlossEnd, unknownBodyEnd } from './unknown-body.js';

/** A role title found in the text: its token span and the countries it names, in order. */
export interface RolePhrase {
  start: number;
  headStart: number;
  headEnd: number;
  end: number;
  /** Countries the title holder serves: demonyms, "du Vietnam", "of Egypt", in order. */
  countries: string[];
  /** The head title words, folded ("vice-ministre"), for matching later short mentions. */
  head: string;
}

const MAX_ROLE_TOKENS = 40;

/**
 * A word written as an acronym: a capital, then capitals or digits ("AE", "RDIF", "G20"), or a short
 * one with lower-case linking letters that opens and closes on a capital ("MoIT", "MoFA", "MoNRE").
 */
export function isAcronym(token: Token | undefined): boolean {
  if (token?.isWord !== true) return false;
  if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(token.raw)) return true;
  return /^\p{Lu}\p{Ll}{1,2}\p{Lu}[\p{L}]{0,2}$/u.test(token.raw) && /\p{Lu}$/u.test(token.raw);
}

/** Parenthesised acronym at `index` ("(AE)"): the index after ")", or -1. */
export function parenthesisedAcronymEnd(analysis: Analysis, index: number): number {
  const { tokens } = analysis;
  if (tokens[index]?.raw !== '(' || tokens[index + 2]?.raw !== ')') return -1;
  return isAcronym(tokens[index + 1]) ? index + 3 : -1;
}

/** "Foreign Ministry's spokesperson": skip the possessive after a modifier. */
function skipPossessive(analysis: Analysis, index: number): number {
  return analysis.keys[index] === "'" && analysis.keys[index + 1] === 's' ? index + 2 : index;
}

/** The state (or "IGO") a gazetteer match before an English title serves: "Egyptian", "Niger's", "UN". */
function servedCode(entry: GazetteerEntry): string | null {
  if (entry.kind === 'igo-name' || entry.kind === 'igo-acronym') return 'IGO';
  return 'code' in entry ? entry.code : null;
}

const MAX_PORTFOLIO_RUN = 3;

/**
 * "EU foreign policy chief", "UN human rights chief": portfolio words of any case between the
 * served state or organisation and the title head; where the run reaches a title head, else `index`.
 */
function portfolioRunEnd(analysis: Analysis, index: number): number {
  let position = index;
  while (
    position - index < MAX_PORTFOLIO_RUN &&
    analysis.lang.portfolioWords.has(analysis.keys[position] ?? '') &&
    !analysis.gazetteer.has(position)
  )
    position += 1;
  if (position === index || lexiconEnd(analysis, analysis.lang.titleHeads, position) < 0) return index;
  return position;
}

/**
 * "Commission President X", "Parliament Speaker Y": in English, a capitalised organisation head
 * right before a title names the body the title serves; the index after it, or -1.
 */
function organisationHeadBeforeTitle(analysis: Analysis, index: number): number {
  const head = analysis.tokens[index];
  if (analysis.lang.code !== 'en' || !head?.capitalised) return -1;
  // It opens the title: "Chief Cabinet Secretary" is one title, not a body's.
  const previous = analysis.tokens[index - 1];
  if (!head.sentenceStart && previous?.isWord && previous.capitalised) return -1;
  if (lexiconEnd(analysis, analysis.lang.orgHeads, index) !== index + 1) return -1;
  if (lexiconEnd(analysis, analysis.lang.titleHeads, index) > 0) return -1;
  return lexiconEnd(analysis, analysis.lang.titleHeads, index + 1) > 0 ? index + 1 : -1;
}

/** Skip modifiers before a title head ("ancien", "Deputy", "Vietnamese", "US"). */
function skipPreModifiers(analysis: Analysis, index: number, countries: string[]): number {
  let position = index;
  for (let guard = 0; guard < 6; guard += 1) {
    const modifierEnd = lexiconEnd(analysis, analysis.lang.preModifiers, position);
    if (modifierEnd > 0 && lexiconEnd(analysis, analysis.lang.titleHeads, position) < 0) {
      position = skipPossessive(analysis, modifierEnd);
      continue;
    }
    const body = organisationHeadBeforeTitle(analysis, position);
    if (body > 0) {
      position = body;
      continue;
    }
    const place = analysis.lang.code === 'en' ? analysis.gazetteer.get(position) : undefined;
    const code = place ? servedCode(place.entry) : null;
    if (place && code) {
      countries.push(code);
      position = portfolioRunEnd(analysis, skipPossessive(analysis, place.end));
      continue;
    }
    break;
  }
  return position;
}

const MAX_NAME_BEFORE_HEAD = 6;

/** "the Japan International Cooperation Agency": capitalised words up to an organisation head, and its body. */
function namedOrganisationEnd(analysis: Analysis, index: number, countries: string[]): number {
  const found: string[] = [];
  for (let position = index; position < index + MAX_NAME_BEFORE_HEAD; position += 1) {
    if (!analysis.tokens[position]?.capitalised) return -1;
    const match = analysis.gazetteer.get(position);
    if (match && !('code' in match.entry)) return -1;
    if (match && 'code' in match.entry && match.entry.code) found.push(match.entry.code);
    const headEnd = lexiconEnd(analysis, analysis.lang.orgHeads, position);
    if (headEnd > 0) {
      countries.push(...found);
      return orgBodyEnd(analysis, headEnd, countries, {
        role: false,
        headLast: analysis.lang.code === 'en',
      });
    }
  }
  return -1;
}

/** A complement of the served state or body ("de", "of") at `index`, after "et"/"and" or a comma: its end or -1. */
function servedComplementEnd(analysis: Analysis, index: number, countries: string[]): number {
  const { lang } = analysis;
  const prepositionEnd = lexiconEnd(analysis, lang.complementPrepositions, index);
  if (prepositionEnd <= 0 || !isServedPreposition(analysis, index, prepositionEnd)) return -1;
  return complementEnd(analysis, prepositionEnd, countries);
}

/** Content after a complement preposition: a title, a country, an organisation, a portfolio, a place; its end or -1. */
function complementEnd(analysis: Analysis, index: number, countries: string[]): number {
  const titleEnd = lexiconEnd(analysis, analysis.lang.titleHeads, index);
  if (titleEnd > 0) return titleEnd;
  const organisationEnd = namedOrganisationEnd(analysis, index, countries);
  if (organisationEnd > 0) return organisationEnd;
  const bodyEnd = orgBodyEnd(analysis, index, countries, { role: true });
  if (bodyEnd > 0) return bodyEnd;
  const placeEnd = analysis.gazetteer.get(index)?.end ?? -1;
  if (placeEnd > 0) return placeEnd;
  return unknownBodyEnd(analysis, index);
}

/**
 * A portfolio coordinated without its own preposition after a complement ("of Economy, Trade and
 * Industry", "of Planning and Investment"): its end, or -1 when the word there is no portfolio.
 */
function coordinatedPortfolioEnd(analysis: Analysis, index: number, countries: string[]): number {
  const token = analysis.tokens[index];
  if (!token?.capitalised || !analysis.lang.portfolioWords.has(token.fold)) return -1;
  return orgBodyEnd(analysis, index, countries, { role: true });
}

/**
 * A role title starting at `start`: optional modifiers, a head from the title lexicon, then
 * demonyms, post-modifiers, complements ("du Vietnam en Russie", "of Egypt"), coordinated titles
 * ("et ministre des Affaires étrangères") and a parenthesised acronym. Null when no head is there.
 */
export function parseRolePhrase(analysis: Analysis, start: number): RolePhrase | null {
  const { lang, tokens } = analysis;
  const countries: string[] = [];
  // Countries of a posting ("en Russie", "to the UN") are read past but never taken as the served one.
  const postedCountries: string[] = [];
  const headStart = skipPreModifiers(analysis, start, countries);
  const headEnd = lexiconEnd(analysis, lang.titleHeads, headStart);
  if (headEnd < 0) return null;
  let end = headEnd;
  const limit = Math.min(tokens.length, start + MAX_ROLE_TOKENS);
  let afterComplement = false;
  while (end < limit) {
    const post = lexiconEnd(analysis, lang.postModifiers, end);
    if (post > 0) {
      end = post;
      continue;
    }
    const adjective = lang.code === 'fr' ? analysis.gazetteer.get(end) : undefined;
    const adjectiveCode =
      adjective?.entry.kind === 'demonym'
        ? adjective.entry.code
        : adjective?.entry.kind === 'igo-adjective'
          ? 'IGO'
          : null;
    if (adjective && adjectiveCode) {
      countries.push(adjectiveCode);
      end = adjective.end;
      continue;
    }
    const acronymEnd = Math.max(
      parenthesisedAcronymEnd(analysis, end),
      afterComplement ? lowerCaseGlossEnd(analysis, end) : -1,
    );
    if (acronymEnd > 0) {
      end = acronymEnd;
      continue;
    }
    // "Head of the Party Central Committee's Commission for External Affairs": a body the complement's owns.
    if (afterComplement && analysis.keys[end] === "'" && analysis.keys[end + 1] === 's') {
      const ownedEnd = complementEnd(analysis, end + 2, countries);
      if (ownedEnd > 0) {
        end = ownedEnd;
        continue;
      }
    }
    const prepositionEnd = lexiconEnd(analysis, lang.complementPrepositions, end);
    if (prepositionEnd > 0) {
      const served = isServedPreposition(analysis, end, prepositionEnd);
      const contentEnd = complementEnd(analysis, prepositionEnd, served ? countries : postedCountries);
      if (contentEnd > 0) {
        end = contentEnd;
        afterComplement = true;
        continue;
      }
      break;
    }
    const conjunctStart =
      lang.coordinators.has(analysis.keys[end] ?? '') || tokens[end]?.raw === ',' ? end + 1 : -1;
    const portfolioEnd =
      afterComplement && conjunctStart > 0 ? coordinatedPortfolioEnd(analysis, conjunctStart, countries) : -1;
    if (portfolioEnd > 0) {
      end = portfolioEnd;
      continue;
    }
    const coordinator = lang.coordinators.has(analysis.keys[end] ?? '');
    if (coordinator) {
      const coordinated = skipPreModifiers(analysis, end + 1, countries);
      const coordinatedEnd = lexiconEnd(analysis, lang.titleHeads, coordinated);
      if (coordinatedEnd > 0) {
        end = coordinatedEnd;
        continue;
      }
    }
    if (coordinator || tokens[end]?.raw === ',') {
      const enumeratedEnd = servedComplementEnd(analysis, end + 1, countries);
      if (enumeratedEnd > 0) {
        end = enumeratedEnd;
        continue;
      }
    }
    break;
  }
  return {
    start,
    headStart,
    headEnd,
    end,
    countries,
    head: analysis.keys.slice(headStart, headEnd).join(' '),
  };
}
