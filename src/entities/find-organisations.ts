import { lexiconEnd, ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';
import { foldWord } from './fold.js';
import { orgBodyEnd } from './organisation-body.js';
import { isAcronym, parenthesisedAcronymEnd } from './role-phrase.js';

const MAX_WALK_BACK = 5;

/** English names put the head last ("Foreign Ministry", "Vietnam Northern Food Corporation"): walk back over capitalised words. */
function walkBack(analysis: Analysis, headStart: number, countries: string[]): number {
  let start = headStart;
  for (let guard = 0; guard < MAX_WALK_BACK; guard += 1) {
    if (analysis.tokens[start]?.sentenceStart) break;
    const index = start - 1;
    const token = analysis.tokens[index];
    // "Anti-Dumping Commission": a capitalised word glued by a hyphen to the name's next word.
    const glued = analysis.tokens[index - 1];
    if (token?.raw === '-' && !token.spaceBefore && !analysis.tokens[start]?.spaceBefore) {
      if (!glued?.isWord || !glued.capitalised || analysis.personCovered[index - 1]) break;
      start = index - 1;
      continue;
    }
    if (!token?.isWord || !token.capitalised || analysis.personCovered[index]) break;
    if (analysis.lang.notNames.has(token.raw) && !analysis.lang.portfolioWords.has(token.fold)) break;
    if (lexiconEnd(analysis, analysis.lang.titleHeads, index) > 0) break;
    const covering = analysis.gazetteer.get(index);
    if (analysis.gazetteerCovered[index] && !covering) break;
    if (covering && (covering.entry.kind === 'country-name' || covering.entry.kind === 'demonym'))
      countries.push(covering.entry.code);
    // "ASEAN Coordinating Council", "the SCO Secretariat": a body named after its organisation is an IGO's.
    if (covering && (covering.entry.kind === 'igo-name' || covering.entry.kind === 'igo-acronym'))
      countries.push('IGO');
    start = index;
  }
  return start;
}

/** "Ivory Coast's Supreme Court", "Burundi's government": the state named in a possessive before the name. */
function possessorCountry(analysis: Analysis, start: number): string[] {
  if (analysis.keys[start - 1] !== 's' || analysis.keys[start - 2] !== "'") return [];
  for (let index = start - 3; index >= Math.max(0, start - 2 - MAX_WALK_BACK); index -= 1) {
    const match = analysis.gazetteer.get(index);
    if (!match) continue;
    const entry = match.entry;
    return match.end === start - 2 && (entry.kind === 'country-name' || entry.kind === 'capital')
      ? [entry.code]
      : [];
  }
  return [];
}

/** A lower-case head ("ministère") needs a named part: a capitalised word or a country. */
function hasNamedPart(analysis: Analysis, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    if (analysis.tokens[index]?.capitalised || analysis.gazetteer.has(index)) return true;
  }
  return false;
}

/** An organisation found at a head: its token span, country and sector. */
interface OrganisationSpan {
  start: number;
  end: number;
  country: string | null;
  sector: string | undefined;
}

function parseAtHead(analysis: Analysis, headStart: number, headEnd: number): OrganisationSpan | null {
  const head = analysis.tokens[headStart];
  if (!head) return null;
  const headFold = analysis.keys.slice(headStart, headEnd).join(' ');
  const lowercaseOk = analysis.lang.lowercaseOrgHeads.has(headFold);
  if (!head.capitalised && !lowercaseOk) return null;
  const countries: string[] = [];
  const english = analysis.lang.code === 'en';
  const start = english ? walkBack(analysis, headStart, countries) : headStart;
  const end = orgBodyEnd(analysis, headEnd, countries, { role: false, headLast: english });
  if (english) countries.unshift(...possessorCountry(analysis, start));
  const hasBody = end > headEnd || start < headStart;
  if (!hasBody) return null;
  if (analysis.lang.acronymOnlyHeads.has(headFold) && parenthesisedAcronymEnd(analysis, end) < 0) return null;
  if (!english && !head.capitalised && !hasNamedPart(analysis, headEnd, end)) return null;
  return { start, end, country: countries[0] ?? null, sector: analysis.lang.sectorHeads.get(headFold) };
}

function organisationDraft(analysis: Analysis, span: OrganisationSpan, rule: string): MentionDraft {
  const name = spanText(analysis, span.start, span.end);
  return {
    type: 'organization',
    key: `org:${foldWord(name)}`,
    name,
    country: span.country,
    tokenStart: span.start,
    tokenEnd: span.end,
    ruleId: ruleId(analysis, rule),
    form: 'name',
    ...(span.sector ? { sector: span.sector } : {}),
  };
}

/** An agency named as a credit ("Moscou (VNA)", "Photo: AFP/VNA", "… – VNA") is a byline, not a mention. */
function isCredit(analysis: Analysis, start: number, end: number): boolean {
  const { tokens, keys } = analysis;
  let before = start - 1;
  while (tokens[before]?.raw === '/') before -= 2;
  const previous = tokens[before]?.raw;
  if (previous === '(' && (tokens[end]?.raw === ')' || tokens[end]?.raw === '/')) return true;
  if (previous === ':' && analysis.lang.creditLabels.has(keys[before - 1] ?? '')) return true;
  const signOff = previous === '-' || previous === '–' || previous === '—';
  const next = tokens[end];
  return signOff && (next === undefined || next.sentenceStart || next.raw === '/');
}

/**
 * The acronym an organisation name defines: "(RDIF)" right after it, or the acronym the name
 * spells out in parentheses ("la MMEA (Agence malaisienne de la sécurité maritime)"); -1 when none.
 */
function definedAcronymAt(analysis: Analysis, draft: MentionDraft): number {
  if (parenthesisedAcronymEnd(analysis, draft.tokenEnd) > 0) return draft.tokenEnd + 1;
  const { tokens } = analysis;
  const before = draft.tokenStart - 2;
  if (tokens[draft.tokenStart - 1]?.raw !== '(' || tokens[draft.tokenEnd]?.raw !== ')') return -1;
  const taken = analysis.mentions.some(
    (mention) => mention.tokenStart <= before && mention.tokenEnd > before,
  );
  return isAcronym(tokens[before]) && !taken ? before : -1;
}

/** Attach the acronym an organisation name defines: it becomes a mention of the same entity. */
function attachAcronym(analysis: Analysis, draft: MentionDraft): void {
  const at = definedAcronymAt(analysis, draft);
  if (at < 0) return;
  const acronym = analysis.tokens[at]?.raw;
  if (!acronym || analysis.lang.acronymStopWords.has(acronym)) return;
  draft.acronym = acronym;
  analysis.mentions.push({
    ...draft,
    name: acronym,
    tokenStart: at,
    tokenEnd: at + 1,
    ruleId: ruleId(analysis, 'org.acronym-definition'),
    form: 'acronym',
  });
}

/** A seat named after a place ("Quai d'Orsay") is not also that place. */
function dropPlacesInside(analysis: Analysis, start: number, end: number): void {
  for (let index = analysis.mentions.length - 1; index >= 0; index -= 1) {
    const mention = analysis.mentions[index];
    if (mention?.type === 'place' && mention.tokenStart >= start && mention.tokenEnd <= end)
      analysis.mentions.splice(index, 1);
  }
}

/** Organisations: known names, then names built on a head word ("ministère", "Parti", "Ministry"), with acronyms. */
export function findOrganisations(analysis: Analysis): void {
  const { tokens, lang } = analysis;
  const covered = new Uint8Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    if (
      !tokens[index]?.isWord ||
      covered[index] ||
      analysis.gazetteerCovered[index] ||
      !tokens[index]?.capitalised
    )
      continue;
    const end = lexiconEnd(analysis, lang.standaloneOrgs, index);
    if (end < 0 || (tokens[end]?.isWord && tokens[end]?.capitalised && !tokens[end]?.spaceBefore)) continue;
    if (
      lexiconEnd(analysis, lang.orgHeads, index) > 0 &&
      orgBodyEnd(analysis, end, [], { role: false }) > end
    )
      continue;
    if (isCredit(analysis, index, end)) continue;
    // A listed name that holds a person's name found before ("Sheikh Ahmed Yassin") is the person's.
    if (analysis.personCovered.subarray(index, end).includes(1)) continue;
    const seat = lang.seats.get(analysis.keys.slice(index, end).join(' '));
    const draft = organisationDraft(
      analysis,
      { start: index, end, country: seat?.country ?? null, sector: seat?.sector },
      seat?.rule ?? 'org.known-name',
    );
    covered.fill(1, index, end);
    if (seat) dropPlacesInside(analysis, index, end);
    analysis.mentions.push(draft);
    attachAcronym(analysis, draft);
    index = end - 1;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    if (!tokens[index]?.isWord || covered[index] || analysis.gazetteerCovered[index]) continue;
    // In a sentence set in capitals the case cannot tell where a name ends.
    if (analysis.capsContext[index]) continue;
    const headEnd = lexiconEnd(analysis, lang.orgHeads, index);
    if (headEnd < 0) continue;
    const span = parseAtHead(analysis, index, headEnd);
    if (!span || covered[span.start]) continue;
    const draft = organisationDraft(analysis, span, 'org.head-name');
    covered.fill(1, span.start, span.end);
    analysis.mentions.push(draft);
    attachAcronym(analysis, draft);
    index = span.end - 1;
  }
}
