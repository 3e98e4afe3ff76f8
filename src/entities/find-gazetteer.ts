import type { GazetteerEntry } from './lexicon.js';
import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';
import { foldWord } from './fold.js';

const ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);

function accepts(analysis: Analysis, entry: GazetteerEntry, start: number, end: number): boolean {
  const first = analysis.tokens[start];
  if (!first) return false;
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
      return analysis.lang.placePrepositions.has(previous) || ARTICLES.has(previous);
    }
    case 'demonym':
      if (entry.language !== analysis.lang.code) return false;
      return entry.capitalisedOnly ? capitalised : true;
    case 'capital':
    case 'igo-name':
      return capitalised;
    case 'place': {
      if (!capitalised) return false;
      const previous = analysis.keys[start - 1] ?? '';
      return end - start > 1 || !first.sentenceStart || analysis.lang.placePrepositions.has(previous);
    }
    case 'igo-acronym':
      return exactUpper;
  }
}

/** A capital names its state only as a subject ("Moscou a annoncé"), not after a preposition. */
function isSubjectPosition(analysis: Analysis, start: number, end: number): boolean {
  const previous = analysis.tokens[start - 1];
  const next = analysis.keys[end] ?? '';
  const opensClause = !previous || analysis.tokens[start]?.sentenceStart === true || previous.raw === ',';
  return opensClause && analysis.lang.subjectVerbs.has(next);
}

function draftFor(analysis: Analysis, entry: GazetteerEntry, start: number, end: number): MentionDraft {
  const name = spanText(analysis, start, end);
  const base = { tokenStart: start, tokenEnd: end, name };
  switch (entry.kind) {
    case 'country-name':
      return { ...base, type: 'country', key: `country:${entry.code}`, country: entry.code, ruleId: ruleId(analysis, 'country.name'), form: 'name' };
    case 'demonym':
      return { ...base, type: 'country', key: `country:${entry.code}`, country: entry.code, ruleId: ruleId(analysis, 'country.demonym'), form: 'demonym' };
    case 'capital':
      return isSubjectPosition(analysis, start, end)
        ? { ...base, type: 'country', key: `country:${entry.code}`, country: entry.code, ruleId: ruleId(analysis, 'country.capital-metonym'), form: 'short' }
        : { ...base, type: 'place', key: `place:${foldWord(name)}`, country: entry.code, ruleId: ruleId(analysis, 'place.capital'), form: 'name' };
    case 'place':
      return { ...base, type: 'place', key: `place:${foldWord(name)}`, country: entry.code, ruleId: ruleId(analysis, entry.code ? 'place.gazetteer' : 'place.region'), form: 'name' };
    case 'igo-name':
      return {
        ...base,
        type: 'organization',
        key: `org:igo:${entry.id}`,
        country: 'IGO',
        ruleId: ruleId(analysis, 'org.igo-name'),
        form: 'name',
        ...(entry.acronym ? { acronym: entry.acronym } : {}),
      };
    case 'igo-acronym':
      return { ...base, type: 'organization', key: `org:igo:${entry.id}`, country: 'IGO', ruleId: ruleId(analysis, 'org.igo-acronym'), form: 'acronym', acronym: entry.acronym };
  }
}

/** Countries, demonyms, capitals and international organisations from the gazetteer trie, longest match first. */
export function findGazetteerMentions(analysis: Analysis): void {
  const { tokens, keys, lexicon } = analysis;
  for (let index = 0; index < tokens.length; ) {
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
    }
    if (!accepted) {
      index += 1;
      continue;
    }
    analysis.gazetteer.set(index, { start: index, end: accepted.end, entry: accepted.entry });
    analysis.gazetteerCovered.fill(1, index, accepted.end);
    analysis.mentions.push(draftFor(analysis, accepted.entry, index, accepted.end));
    index = accepted.end;
  }
}
