import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';
import type { BareRole } from './find-persons.js';
import { isNameWord } from './person-name.js';
import { entryKeys } from './lexicon.js';
import { foldWord } from './fold.js';

const STOP_INITIALS = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les', 'et', 'of', 'the', 'and', 'for', '-', "'", 'en', 'a', 'au', 'aux']);

/** Later mentions of a known person by full name or by the last word of the name ("Morgulov"). */
export function linkPersonRepeats(analysis: Analysis): void {
  const { tokens, keys } = analysis;
  const persons = analysis.mentions.filter((mention) => mention.type === 'person' && mention.form === 'name');
  const fullNames = new Map<string, MentionDraft>();
  const lastWords = new Map<string, MentionDraft | null>();
  for (const person of persons) {
    const words = keys.slice(person.tokenStart, person.tokenEnd);
    fullNames.set(words.join(' '), person);
    const last = words[words.length - 1];
    if (!last || words.length < 2) continue;
    const known = lastWords.get(last);
    lastWords.set(last, known === undefined || known?.key === person.key ? person : null);
  }
  const longest = Math.max(0, ...persons.map((person) => person.tokenEnd - person.tokenStart));
  for (let index = 0; index < tokens.length; index += 1) {
    if (analysis.personCovered[index] || !isNameWord(analysis, index)) continue;
    let linked = false;
    for (let length = Math.min(longest, tokens.length - index); length >= 2 && !linked; length -= 1) {
      const person = fullNames.get(keys.slice(index, index + length).join(' '));
      if (!person || analysis.personCovered.subarray(index, index + length).some((flag) => flag === 1)) continue;
      pushLinked(analysis, person, index, index + length, 'person.repeat', 'name');
      index += length - 1;
      linked = true;
    }
    if (linked) continue;
    const continuesName = isNameWord(analysis, index + 1);
    const person = lastWords.get(keys[index] ?? '');
    const longEnough = (tokens[index]?.raw.length ?? 0) >= 3;
    if (person && longEnough && !continuesName) pushLinked(analysis, person, index, index + 1, 'person.surname', 'short');
  }
}

function pushLinked(analysis: Analysis, target: MentionDraft, start: number, end: number, rule: string, form: MentionDraft['form']): void {
  analysis.personCovered.fill(1, start, end);
  analysis.mentions.push({
    type: target.type,
    key: target.key,
    name: spanText(analysis, start, end),
    country: target.country,
    tokenStart: start,
    tokenEnd: end,
    ruleId: ruleId(analysis, rule),
    form,
  });
}

/** Initials of the content words of tokens [start, end): "Front de la Patrie du Vietnam" → "FPV". */
function initials(analysis: Analysis, start: number, end: number): string {
  let letters = '';
  for (let index = start; index < end; index += 1) {
    const key = analysis.keys[index] ?? '';
    if (!analysis.tokens[index]?.isWord || STOP_INITIALS.has(key)) continue;
    letters += key.charAt(0);
  }
  return letters.toUpperCase();
}

/**
 * Bare acronyms ("RDIF", "FPV") linked to an organisation of the article: one defined with that
 * acronym, or one whose name (or a tail of it starting at a capitalised word) has those initials.
 */
export function linkAcronyms(analysis: Analysis): void {
  const { tokens } = analysis;
  const organisations = analysis.mentions.filter((mention) => mention.type === 'organization' && mention.form === 'name');
  const defined = new Map<string, MentionDraft>();
  for (const mention of analysis.mentions) {
    if (mention.type === 'organization' && mention.acronym) defined.set(mention.acronym, mention);
  }
  const covered = new Uint8Array(tokens.length);
  for (const mention of analysis.mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token?.allCaps || covered[index] || analysis.capsContext[index] || analysis.lang.acronymStopWords.has(token.raw)) continue;
    if (!/^\p{Lu}{2,8}$/u.test(token.raw)) continue;
    const target = defined.get(token.raw) ?? expansionOf(analysis, organisations, token.raw);
    if (!target) continue;
    analysis.mentions.push({ ...target, name: token.raw, tokenStart: index, tokenEnd: index + 1, ruleId: ruleId(analysis, 'org.acronym'), form: 'acronym', acronym: token.raw });
    target.acronym = token.raw;
  }
}

function expansionOf(analysis: Analysis, organisations: MentionDraft[], acronym: string): MentionDraft | undefined {
  for (const organisation of organisations) {
    for (let start = organisation.tokenStart; start < organisation.tokenEnd; start += 1) {
      if (!analysis.tokens[start]?.capitalised) continue;
      if (initials(analysis, start, organisation.tokenEnd) !== acronym) continue;
      if (start === organisation.tokenStart) return organisation;
      const tail: MentionDraft = {
        ...organisation,
        key: `org:${foldWord(spanText(analysis, start, organisation.tokenEnd))}`,
        name: spanText(analysis, start, organisation.tokenEnd),
        tokenStart: start,
        ruleId: ruleId(analysis, 'org.acronym-expansion'),
        acronym,
      };
      analysis.mentions.push(tail);
      return tail;
    }
  }
  return undefined;
}

/**
 * Short mentions by title ("le ministre", "le diplomate russe") linked to the latest person before
 * them whose role has that head word, or, for generic titles with a demonym, that country.
 */
export function linkRoleAnaphors(analysis: Analysis, bareRoles: BareRole[]): void {
  const persons = analysis.mentions
    .filter((mention) => mention.type === 'person' && mention.role)
    .sort((a, b) => a.tokenStart - b.tokenStart);
  for (const bare of bareRoles) {
    const { phrase } = bare;
    const country = phrase.countries[0] ?? null;
    const generic = analysis.lang.genericDiplomatTitles.has(phrase.head);
    let target: MentionDraft | undefined;
    for (const person of persons) {
      if (person.tokenStart >= bare.determinerStart) break;
      const title = person.role?.title ?? '';
      const headMatches = generic ? country !== null : titleContainsHead(title, phrase.head);
      const countryMatches = country === null || person.role?.country === country;
      if (headMatches && countryMatches) target = person;
    }
    if (!target) continue;
    pushLinked(analysis, target, bare.determinerStart, phrase.end, 'person.title-anaphor', 'anaphor');
  }
}

function titleContainsHead(title: string, head: string): boolean {
  return ` ${entryKeys(title).join(' ')} `.includes(` ${head} `);
}
