import { labelIn, type GazetteerEntry } from './lexicon.js';
import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';
import { foldWord } from './fold.js';

/** "Jordan's King", "Niger's ambassador": an English possessive not after another name word. */
function isPossessiveOfState(analysis: Analysis, start: number, end: number): boolean {
  if (analysis.lang.code !== 'en' || analysis.keys[end] !== "'" || analysis.keys[end + 1] !== 's')
    return false;
  const previous = analysis.tokens[start - 1];
  return !previous?.isWord || !previous.capitalised || analysis.tokens[start]?.sentenceStart === true;
}

/**
 * "US$", "S$", "HK$", "dollars US": a state's letters glued to a currency sign or after a currency
 * noun name a currency, not the state.
 */
function isCurrency(analysis: Analysis, start: number, end: number): boolean {
  const next = analysis.tokens[end];
  if (next !== undefined && !next.spaceBefore && /^\p{Sc}/u.test(next.raw)) return true;
  const surface = spanText(analysis, start, end);
  const acronym = /^\p{Lu}{2,3}$/u.test(surface);
  return acronym && analysis.lang.currencyNouns.has(analysis.keys[start - 1] ?? '');
}

function accepts(analysis: Analysis, entry: GazetteerEntry, start: number, end: number): boolean {
  const first = analysis.tokens[start];
  if (!first || isCurrency(analysis, start, end)) return false;
  const caps = analysis.capsContext[start] ?? false;
  const capitalised = first.capitalised || caps;
  const surface = spanText(analysis, start, end);
  const exactUpper = !caps && /\p{Lu}/u.test(surface) && !/\p{Ll}/u.test(surface);
  switch (entry.kind) {
    case 'country-name': {
      if (entry.exactCase) return exactUpper;
      if (!capitalised) return false;
      if (!entry.ambiguous) return true;
      const previous = analysis.keys[start - 1] ?? '';
      return (
        analysis.lang.placePrepositions.has(previous) ||
        analysis.lang.articles.has(previous) ||
        isPossessiveOfState(analysis, start, end)
      );
    }
    case 'igo-adjective':
      return entry.language === analysis.lang.code;
    case 'demonym':
      if (entry.language !== analysis.lang.code) return false;
      return entry.capitalisedOnly ? capitalised : true;
    case 'capital':
    case 'igo-name':
      return capitalised;
    case 'place': {
      // "en mer de Chine méridionale": a region whose name opens with a common noun, written as listed.
      if (entry.lowercase && end - start > 1) return true;
      if (!capitalised) return false;
      const previous = analysis.keys[start - 1] ?? '';
      return end - start > 1 || !first.sentenceStart || analysis.lang.placePrepositions.has(previous);
    }
    case 'igo-acronym':
      return exactUpper && !definesAnotherName(analysis, entry.nameWords, start, end);
  }
}

/** How far back the name an acronym in parentheses defines may start. */
const DEFINED_NAME_WINDOW = 6;

/**
 * "the Public Investment Fund (PIF)", "le Fonds public d'investissement (PIF)": a known acronym in
 * parentheses after a capitalised name that shares no word with the organisation's names is that
 * name's acronym ("PIF" is also the Pacific Islands Forum's); the organisation finder links it.
 */
function definesAnotherName(
  analysis: Analysis,
  nameWords: ReadonlySet<string>,
  start: number,
  end: number,
): boolean {
  const { tokens, keys } = analysis;
  if (tokens[start - 1]?.raw !== '(' || tokens[end]?.raw !== ')') return false;
  let named = false;
  for (let index = start - 2; index >= Math.max(0, start - 1 - DEFINED_NAME_WINDOW); index -= 1) {
    const token = tokens[index];
    if (!token) break;
    if (!token.isWord) {
      if (token.raw === "'" || token.raw === '’' || token.raw === '-') continue;
      break;
    }
    if (nameWords.has(keys[index] ?? '')) return false;
    if (token.capitalised && !token.sentenceStart) named = true;
    if (token.sentenceStart) break;
  }
  return named;
}

/** A capital names its state only as a subject ("Moscou a annoncé"), not after a preposition. */
function isSubjectPosition(analysis: Analysis, start: number, end: number): boolean {
  const previous = analysis.tokens[start - 1];
  const next = analysis.keys[end] ?? '';
  const opensClause = !previous || analysis.tokens[start]?.sentenceStart === true || previous.raw === ',';
  return opensClause && analysis.lang.subjectVerbs.has(next);
}

/**
 * The mention a gazetteer match makes; an organisation's adjective ("européenne") names it only
 * after a party noun ("la partie européenne"), otherwise it just qualifies titles.
 */
function draftFor(
  analysis: Analysis,
  entry: GazetteerEntry,
  start: number,
  end: number,
): MentionDraft | null {
  const name = spanText(analysis, start, end);
  const base = { tokenStart: start, tokenEnd: end, name };
  const country = (code: string, rule: string, form: MentionDraft['form']): MentionDraft => ({
    ...base,
    type: 'country',
    key: `country:${code}`,
    country: code,
    ruleId: ruleId(analysis, rule),
    form,
  });
  const place = (code: string | null, rule: string): MentionDraft => ({
    ...base,
    type: 'place',
    key: `place:${foldWord(name)}`,
    country: code,
    ruleId: ruleId(analysis, rule),
    form: 'name',
  });
  const organisation = (
    id: string,
    rule: string,
    form: MentionDraft['form'],
    acronym: string | null,
  ): MentionDraft => ({
    ...base,
    type: 'organization',
    key: `org:igo:${id}`,
    country: 'IGO',
    ruleId: ruleId(analysis, rule),
    form,
    ...(acronym ? { acronym } : {}),
  });
  switch (entry.kind) {
    case 'country-name':
      return country(entry.code, 'country.name', 'name');
    case 'demonym':
      // "the South American country", "le pays sud-américain": a region, not the United States.
      return regionDemonym(analysis, start) ? null : country(entry.code, 'country.demonym', 'demonym');
    case 'capital':
      return isSubjectPosition(analysis, start, end)
        ? country(entry.code, 'country.capital-metonym', 'short')
        : place(entry.code, 'place.capital');
    case 'place':
      return place(entry.code, entry.code ? 'place.gazetteer' : 'place.region');
    case 'igo-name':
      // "the RoK's National Security Council", "le Conseil de sécurité nationale": a state's own body.
      return analysis.lang.nationalAdjectives.has(analysis.keys[start - 1] ?? '') ||
        analysis.lang.nationalAdjectives.has(analysis.keys[end] ?? '')
        ? null
        : organisation(entry.id, 'org.igo-name', 'name', labelIn(entry.acronyms, analysis.lang.code));
    case 'igo-acronym':
      return organisation(entry.id, 'org.igo-acronym', 'acronym', entry.acronym);
    case 'igo-adjective':
      // "la partie européenne", "the European side": the organisation as a party, as "la partie chinoise".
      return analysis.lang.partyNouns.has(analysis.keys[start - 1] ?? '') ||
        analysis.lang.partyNouns.has(analysis.keys[end] ?? '')
        ? organisation(entry.id, 'org.igo-party', 'short', null)
        : null;
  }
}

function acceptMatch(analysis: Analysis, entry: GazetteerEntry, start: number, end: number): void {
  analysis.gazetteer.set(start, { start, end, entry });
  analysis.gazetteerCovered.fill(1, start, end);
  const draft = draftFor(analysis, entry, start, end);
  if (draft) analysis.mentions.push(draft);
}

/** An ambiguous state name left out where it stood: kept to be read again once the text is known. */
interface Deferred {
  start: number;
  end: number;
  entry: Extract<GazetteerEntry, { kind: 'country-name' }>;
}

/** An ambiguous state name standing alone, with no capitalised name word glued to it ("Michael Jordan"). */
function standsAlone(analysis: Analysis, start: number, end: number): boolean {
  const previous = analysis.tokens[start - 1];
  const next = analysis.tokens[end];
  const nameBefore =
    previous?.isWord === true && previous.capitalised && analysis.tokens[start]?.sentenceStart !== true;
  const nameAfter = next?.isWord === true && next.capitalised;
  return analysis.tokens[start]?.capitalised === true && !nameBefore && !nameAfter;
}

/** Countries, demonyms, capitals and international organisations from the gazetteer trie, longest match first. */
export function findGazetteerMentions(analysis: Analysis): void {
  const { tokens, keys, lexicon } = analysis;
  const deferred: Deferred[] = [];
  for (let index = 0; index < tokens.length;) {
    if (!tokens[index]?.isWord) {
      index += 1;
      continue;
    }
    let accepted: { end: number; entry: GazetteerEntry } | undefined;
    for (const match of lexicon.gazetteer.matchesAt(keys, index)) {
      const entry = match.values.find((value) => accepts(analysis, value, index, match.end));
      if (entry) {
        accepted = { end: match.end, entry };
        break;
      }
      const ambiguous = match.values.find(
        (value): value is Deferred['entry'] => value.kind === 'country-name' && value.ambiguous,
      );
      if (ambiguous) deferred.push({ start: index, end: match.end, entry: ambiguous });
    }
    if (!accepted) {
      index += 1;
      continue;
    }
    acceptMatch(analysis, accepted.entry, index, accepted.end);
    index = accepted.end;
  }
  // One sense a text: "thanking Jordan for…" names the state when the text names it plainly elsewhere
  // ("the Jordanian Foreign Ministry", "in Jordan", "Amman").
  const named = new Set(
    analysis.mentions.filter((mention) => mention.type === 'country').map((mention) => mention.country),
  );
  for (const { start, end, entry } of deferred) {
    if (!named.has(entry.code) || analysis.gazetteerCovered[start] || !standsAlone(analysis, start, end))
      continue;
    acceptMatch(analysis, entry, start, end);
  }
}

/** A demonym right after a region word ("South American", "sud-américain", "latino-américains"). */
function regionDemonym(analysis: Analysis, start: number): boolean {
  const before = analysis.tokens[start - 1];
  const hyphen = before?.raw === '-' ? start - 2 : start - 1;
  return analysis.lang.regionPrefixes.has(analysis.keys[hyphen] ?? '');
}
