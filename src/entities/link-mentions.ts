import { ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';
import type { BareRole } from './find-persons.js';
import { isNameWord } from './person-name.js';
import { entryKeys, officeOfTitle } from './lexicon.js';
import { foldWord } from './fold.js';

/** A title refers back to one of the last persons named, not to one named pages before. */
const RECENT_PERSONS = 20;

/** Folded words of a person's name (its mention may open on an honorific: "M. Minh"). */
function nameWords(person: MentionDraft): string[] {
  const words = entryKeys(person.name).filter((word) => word !== '-');
  // "Ferdinand Marcos Jr." is "Marcos" later: a generational suffix is no family name.
  return words.length > 2 && GENERATIONAL.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
}

/** Generational suffixes after a family name (folded): "Jr.", "Sr.", "II", "III". */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Shortest first word that names its person on its own ("Sonexay", "Anwar"; not "Le", "Hun"). */
const FIRST_WORD_LENGTH = 4;

/**
 * One word of multi-word names (the last, or the first), each mapped to its person when only one
 * person has it in that place.
 */
function uniqueNameWords(
  persons: readonly MentionDraft[],
  pick: (words: string[]) => string | undefined,
): Map<string, MentionDraft | null> {
  const found = new Map<string, MentionDraft | null>();
  for (const person of persons) {
    const words = nameWords(person);
    const word = pick(words);
    if (!word || words.length < 2) continue;
    const known = found.get(word);
    found.set(word, known === undefined || known?.key === person.key ? person : null);
  }
  return found;
}

function uniqueLastWords(persons: readonly MentionDraft[]): Map<string, MentionDraft | null> {
  return uniqueNameWords(persons, (words) => words[words.length - 1]);
}

/**
 * First words that name their person on their own in later mentions, as Lao, Thai, Malay or
 * Indonesian names are shortened ("Sonexay Siphandone" → "Sonexay"): never a word that is also some
 * name's last word or another name's first (a shared family name, "Hun Sen" and "Hun Manet").
 */
function uniqueFirstWords(
  persons: readonly MentionDraft[],
  lastWords: ReadonlyMap<string, MentionDraft | null>,
): Map<string, MentionDraft | null> {
  const firstWords = uniqueNameWords(persons, (words) => words[0]);
  for (const [word, person] of firstWords) {
    if (!person || word.length < FIRST_WORD_LENGTH || lastWords.has(word)) firstWords.delete(word);
  }
  return firstWords;
}

/** "le président Ramaphosa", "M. Minh": a one-word name found by a rule is the person with that last name. */
function mergeShortNames(
  persons: readonly MentionDraft[],
  lastWords: Map<string, MentionDraft | null>,
): void {
  for (const person of persons) {
    const words = nameWords(person);
    const length = words[0]?.length ?? 0;
    if (words.length !== 1 || length < 2) continue;
    const full = lastWords.get(words[0] ?? '');
    if (!full || full.key === person.key) continue;
    // "M. Ha" for "Tran Hong Ha": a two-letter name only for a full name of three words or more.
    if (length < 3 && nameWords(full).length < 3) continue;
    person.key = full.key;
    person.form = 'short';
  }
}

/**
 * A one-word name found by a rule ("President Prabowo") that is no other name's last word: the
 * first word of a longer name of the same person ("Prabowo Subianto"), else a name of its own that
 * its later mentions repeat ("Prabowo thanked…").
 */
function singleWordNames(
  persons: readonly MentionDraft[],
  lastWords: Map<string, MentionDraft | null>,
  firstWords: ReadonlyMap<string, MentionDraft | null>,
): void {
  for (const person of persons) {
    const words = nameWords(person);
    const word = words[0] ?? '';
    if (words.length !== 1 || person.form !== 'name' || word.length < FIRST_WORD_LENGTH) continue;
    const full = firstWords.get(word);
    if (full && full.key !== person.key) {
      person.key = full.key;
      person.form = 'short';
    } else if (!lastWords.has(word)) lastWords.set(word, person);
  }
}

/** Later mentions of a known person by full name or by the last word of the name ("Morgulov"). */
export function linkPersonRepeats(analysis: Analysis): void {
  const { tokens, keys } = analysis;
  const persons = analysis.mentions.filter((mention) => mention.type === 'person' && mention.form === 'name');
  const lastWords = uniqueLastWords(persons);
  mergeShortNames(persons, lastWords);
  const firstWords = uniqueFirstWords(persons, lastWords);
  singleWordNames(persons, lastWords, firstWords);
  const fullNames = new Map<string, MentionDraft>();
  for (const person of persons) {
    if (person.form === 'name') fullNames.set(nameWords(person).join(' '), person);
  }
  const longest = persons.reduce((most, person) => Math.max(most, person.tokenEnd - person.tokenStart), 0);
  for (let index = 0; index < tokens.length; index += 1) {
    if (analysis.personCovered[index] || !tokens[index]?.capitalised || analysis.capsContext[index]) continue;
    let linked = false;
    for (let length = Math.min(longest, tokens.length - index); length >= 2 && !linked; length -= 1) {
      const person = fullNames.get(
        keys
          .slice(index, index + length)
          .filter((word) => word !== '-')
          .join(' '),
      );
      if (!person || analysis.personCovered.subarray(index, index + length).some((flag) => flag === 1))
        continue;
      pushLinked(analysis, person, index, index + length, 'person.repeat', 'name');
      index += length - 1;
      linked = true;
    }
    if (linked || !isNameWord(analysis, index)) continue;
    const continuesName = isNameWord(analysis, index + 1);
    const key = keys[index] ?? '';
    const person = lastWords.get(key);
    // A two-letter last word stands for its person when the name has three words or more, as
    // Vietnamese given names are short ("Nguyen Minh Vu" → "Vu", "Tran Hong Ha" → "Ha").
    const length = tokens[index]?.raw.length ?? 0;
    const longEnough =
      length >= 3 ||
      (length === 2 && person !== null && person !== undefined && nameWords(person).length >= 3);
    if (continuesName) continue;
    const opened = person ? null : firstWords.get(key);
    if (person && longEnough) pushLinked(analysis, person, index, index + 1, 'person.surname', 'short');
    else if (opened) pushLinked(analysis, opened, index, index + 1, 'person.first-word', 'short');
  }
}

function pushLinked(
  analysis: Analysis,
  target: MentionDraft,
  start: number,
  end: number,
  rule: string,
  form: MentionDraft['form'],
): void {
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
    if (!analysis.tokens[index]?.isWord || analysis.lang.initialsStopWords.has(key)) continue;
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
  const defined = new Map<string, MentionDraft>();
  for (const mention of analysis.mentions) {
    if (mention.type === 'organization' && mention.acronym) defined.set(mention.acronym, mention);
  }
  const expansions = initialsIndex(analysis);
  const covered = new Uint8Array(tokens.length);
  for (const mention of analysis.mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    // A mixed-case acronym ("MoIT") only once the text has defined it: "(MoIT)" after its name.
    const mixedCase = token !== undefined && !token.allCaps && defined.has(token.raw);
    if (
      !token ||
      (!token.allCaps && !mixedCase) ||
      covered[index] ||
      analysis.capsContext[index] ||
      analysis.lang.acronymStopWords.has(token.raw)
    )
      continue;
    if (!mixedCase && !/^\p{Lu}{2,8}$/u.test(token.raw)) continue;
    const target = defined.get(token.raw) ?? expansionOf(analysis, expansions, token.raw);
    if (!target) continue;
    defined.set(token.raw, target);
    analysis.mentions.push({
      ...target,
      name: token.raw,
      tokenStart: index,
      tokenEnd: index + 1,
      ruleId: ruleId(analysis, 'org.acronym'),
      form: 'acronym',
      acronym: token.raw,
    });
    target.acronym = token.raw;
  }
}

/** Initials of every organisation name and of its tails from a capitalised word, first found first. */
function initialsIndex(analysis: Analysis): Map<string, { organisation: MentionDraft; start: number }> {
  const index = new Map<string, { organisation: MentionDraft; start: number }>();
  for (const organisation of analysis.mentions) {
    if (organisation.type !== 'organization' || organisation.form !== 'name') continue;
    for (let start = organisation.tokenStart; start < organisation.tokenEnd; start += 1) {
      if (!analysis.tokens[start]?.capitalised) continue;
      const letters = initials(analysis, start, organisation.tokenEnd);
      if (letters.length >= 2 && !index.has(letters)) index.set(letters, { organisation, start });
    }
  }
  return index;
}

/** The organisation (or the tail of one, as a new organisation) that an acronym abbreviates. */
function expansionOf(
  analysis: Analysis,
  expansions: Map<string, { organisation: MentionDraft; start: number }>,
  acronym: string,
): MentionDraft | undefined {
  const found = expansions.get(acronym);
  if (!found) return undefined;
  const { organisation, start } = found;
  if (start === organisation.tokenStart) return organisation;
  const name = spanText(analysis, start, organisation.tokenEnd);
  const tail: MentionDraft = {
    ...organisation,
    key: `org:${foldWord(name)}`,
    name,
    tokenStart: start,
    ruleId: ruleId(analysis, 'org.acronym-expansion'),
    acronym,
  };
  analysis.mentions.push(tail);
  return tail;
}

/**
 * Short mentions by title ("le ministre", "le diplomate russe") linked to the latest person before
 * them whose role has that head word, or, for generic titles with a demonym, that country.
 */
export function linkRoleAnaphors(analysis: Analysis, bareRoles: BareRole[]): void {
  const persons = analysis.mentions
    .filter((mention) => mention.type === 'person' && mention.role)
    .sort((a, b) => a.tokenStart - b.tokenStart);
  const recent: MentionDraft[] = [];
  let next = 0;
  for (const bare of [...bareRoles].sort((a, b) => a.determinerStart - b.determinerStart)) {
    const { phrase } = bare;
    const country = phrase.countries[0] ?? null;
    const generic = analysis.lang.genericDiplomatTitles.has(phrase.head);
    while (next < persons.length && (persons[next]?.tokenStart ?? Infinity) < bare.determinerStart) {
      recent.push(persons[next] as MentionDraft);
      if (recent.length > RECENT_PERSONS) recent.shift();
      next += 1;
    }
    const office = analysis.lang.offices.get(phrase.head) ?? null;
    let target: MentionDraft | undefined;
    for (const person of recent) {
      const title = person.role?.title ?? '';
      // "le chef du gouvernement" after "le Premier ministre X": one office, one person.
      const sameOffice = office !== null && officeOfTitle(analysis.lang, title) === office;
      const headMatches = sameOffice || (generic ? country !== null : titleContainsHead(title, phrase.head));
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
