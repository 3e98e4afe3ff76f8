import type { Role } from '../records/article.js';
import { lexiconEnd, ruleId, spanText, type Analysis, type MentionDraft } from './analysis.js';
import { foldWord } from './fold.js';
import { officeOfTitle } from './lexicon.js';
import { isVietnameseName, nameEnd } from './person-name.js';
import { parseRolePhrase, type RolePhrase } from './role-phrase.js';

/** A role phrase that no person name followed: a candidate short mention ("le ministre"). */
export interface BareRole {
  phrase: RolePhrase;
  determinerStart: number;
}

const CLOSING = new Set([',', '.', ')', ';', ':', '!', '?']);

function personKey(analysis: Analysis, start: number, end: number): string {
  return `person:${foldWord(spanText(analysis, start, end))}`;
}

function roleOf(analysis: Analysis, phrase: RolePhrase, rule: string): Role {
  const first = analysis.tokens[phrase.start];
  const last = analysis.tokens[phrase.end - 1];
  const title = spanText(analysis, phrase.start, phrase.end);
  const role: Role = {
    title,
    country: phrase.countries[0] ?? null,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    ruleId: ruleId(analysis, rule),
  };
  const office = officeOfTitle(analysis.lang, title);
  if (office) role.office = office;
  return role;
}

/**
 * Record a person mention over name tokens [start, end), with its role when one names it; the
 * mention span may open earlier (`spanStart`) to include an honorific ("M. Gambetta").
 */
export function addPerson(
  analysis: Analysis,
  start: number,
  end: number,
  rule: string,
  role?: Role,
  spanStart = start,
): MentionDraft {
  const draft: MentionDraft = {
    type: 'person',
    key: personKey(analysis, start, end),
    name: spanText(analysis, start, end),
    country: role?.country ?? null,
    tokenStart: spanStart,
    tokenEnd: end,
    ruleId: ruleId(analysis, rule),
    form: 'name',
    ...(role ? { role } : {}),
  };
  analysis.personCovered.fill(1, start, end);
  analysis.mentions.push(draft);
  return draft;
}

/**
 * After a title, a name either follows at once (title-name) or after a comma (apposition); a
 * second title may follow the name ("Ambassador Dang Hoang Giang, Permanent Representative of
 * Vietnam to the UN"). Returns the token index after what was read, or -1 when no name is there.
 */
function personAfterRole(analysis: Analysis, phrase: RolePhrase): number {
  const { tokens } = analysis;
  const direct = nameEndAfterTitle(analysis, phrase.end);
  if (direct > 0) {
    const person = addPerson(
      analysis,
      phrase.end,
      direct,
      'person.title-name',
      roleOf(analysis, phrase, 'role.title-name'),
    );
    return addTrailingRole(analysis, person, direct);
  }
  if (tokens[phrase.end]?.raw !== ',') return -1;
  const nameStart = phrase.end + 1;
  // The title vouches for a first name that is a word elsewhere ("le ministre du Commerce, Don Farrell").
  const appositionEnd = nameEndAfterTitle(analysis, nameStart);
  if (appositionEnd < 0) return -1;
  const after = tokens[appositionEnd];
  if (after && !CLOSING.has(after.raw) && appositionEnd - nameStart < 2) return -1;
  addPerson(
    analysis,
    nameStart,
    appositionEnd,
    'person.apposition',
    roleOf(analysis, phrase, 'role.apposition'),
  );
  return appositionEnd;
}

/**
 * A name right after a title may open on a word that is no name elsewhere ("General Secretary **To**
 * Lam", Vietnamese Tô): the title vouches for it when a name follows that word.
 */
function nameEndAfterTitle(analysis: Analysis, start: number): number {
  const direct = nameEnd(analysis, start);
  if (direct > 0) return demonymSurnameEnd(analysis, start, direct);
  const first = analysis.tokens[start];
  if (!first?.isWord || !first.capitalised || first.allCaps) return -1;
  if (analysis.lang.notNames.has(first.raw)) return nameEnd(analysis, start + 1);
  // "Prime Minister Lawrence Wong": a given name that is also a place, vouched for by the title and
  // by a name word after it.
  if (analysis.gazetteerCovered[start] && nameEnd(analysis, start + 1) > 0)
    return nameEnd(analysis, start, true);
  return -1;
}

/**
 * "UN rights chief Volker Turk said": one name word after a title, then a capitalised demonym that
 * a verb or a sign follows, is a surname ("Turk", "English", "French"), not the state's adjective.
 */
function demonymSurnameEnd(analysis: Analysis, start: number, end: number): number {
  if (end - start !== 1) return end;
  const match = analysis.gazetteer.get(end);
  const token = analysis.tokens[end];
  if (match?.entry.kind !== 'demonym' || match.end !== end + 1) return end;
  if (!token?.capitalised || token.allCaps || token.sentenceStart || !token.spaceBefore) return end;
  const next = analysis.tokens[end + 1];
  // An adjective would open a noun phrase ("Japanese officials"); a name ends on a sign or a verb.
  const closes = next === undefined || CLOSING.has(next.raw) || analysis.lang.subjectVerbs.has(next.fold);
  return closes ? end + 1 : end;
}

/** A title in apposition after a person's name, when no other name follows it: a second role. */
function addTrailingRole(analysis: Analysis, person: MentionDraft, end: number): number {
  const phrase = roleAfterName(analysis, person.tokenStart, end);
  if (!phrase || phrase.end === phrase.headEnd || nameEnd(analysis, phrase.end) > 0) return end;
  if (analysis.tokens[phrase.end]?.raw === ',' && nameEnd(analysis, phrase.end + 1) > 0) return end;
  analysis.mentions.push({ ...person, role: roleOf(analysis, phrase, 'role.post-apposition') });
  return phrase.end;
}

/** "Wang Huning, membre du …": a name followed by a comma and a role title. */
function roleAfterName(analysis: Analysis, nameStart: number, end: number): RolePhrase | null {
  if (analysis.tokens[end]?.raw !== ',') return null;
  const titleStart = analysis.lang.anaphoricDeterminers.has(analysis.keys[end + 1] ?? '') ? end + 2 : end + 1;
  const phrase = parseRolePhrase(analysis, titleStart);
  if (!phrase || (phrase.end === phrase.headEnd && phrase.countries.length === 0 && end - nameStart < 2))
    return null;
  // "avec Penny Wong, le ministre australien du Commerce, Don Farrell, a affirmé": the title is the
  // name's after it, set off by commas; a name the next clause opens with ("…du PCC, Le Hoai Trung lui
  // a transmis") is no such holder.
  const holderEnd =
    analysis.tokens[phrase.end]?.raw === ',' ? nameEndAfterTitle(analysis, phrase.end + 1) : -1;
  if (holderEnd > 0 && CLOSING.has(analysis.tokens[holderEnd]?.raw ?? '')) return null;
  // "Lors de l'entretien avec X, le chef de la diplomatie vietnamienne a remercié…": a title opened by
  // a determiner that runs on into its verb, with no comma to close it, is the next clause's subject.
  const next = analysis.tokens[phrase.end];
  if (titleStart === end + 2 && next?.isWord === true && !analysis.lang.coordinators.has(next.fold))
    return null;
  return phrase;
}

/** "son homologue français", "his French counterpart": a title that mirrors another person's. */
function isCounterpartPhrase(analysis: Analysis, phrase: RolePhrase): boolean {
  for (let index = phrase.headStart; index < phrase.headEnd; index += 1)
    if (analysis.lang.counterpartTitles.has(analysis.keys[index] ?? '')) return true;
  return false;
}

/** Evidence that a capitalised run is a person's name on its own: its shape or a known given name. */
function personNameRule(analysis: Analysis, start: number, end: number): string | null {
  if (isVietnameseName(analysis, start, end)) return 'person.vietnamese-name';
  if (!analysis.lexicon.givenNames.has(analysis.keys[start] ?? '')) return null;
  if (end - start >= 2) return 'person.given-name';
  const next = analysis.tokens[end];
  const alone = !analysis.tokens[start]?.sentenceStart && !(next?.capitalised ?? false) && next?.raw !== '-';
  if (alone) return 'person.given-name-alone';
  return null;
}

/**
 * "Directorate General of Trade Remedies", "Inspectorate General": a title word inside a multi-word
 * organisation head opened by a capitalised word before it is the organisation's, not a title.
 */
function insideOrganisationHead(analysis: Analysis, index: number): boolean {
  for (let start = Math.max(0, index - 2); start < index; start += 1) {
    if (!analysis.tokens[start]?.capitalised) continue;
    if (lexiconEnd(analysis, analysis.lang.orgHeads, start) > index) return true;
  }
  return false;
}

/** A word glued by a hyphen to the previous one ("Saint-Pierre") starts no name. */
function continuesCompound(analysis: Analysis, index: number): boolean {
  const previous = analysis.tokens[index - 1];
  return previous?.raw === '-' && !previous.spaceBefore && !analysis.tokens[index]?.spaceBefore;
}

/** "J. Prével": one capital initial, a dot, then a name; the end of the name or -1. */
function initialNameEnd(analysis: Analysis, start: number): number {
  const initial = analysis.tokens[start];
  if (initial?.raw.length !== 1 || !/\p{Lu}/u.test(initial.raw) || analysis.tokens[start + 1]?.raw !== '.')
    return -1;
  if (start > 0 && !initial.spaceBefore) return -1;
  if ((analysis.tokens[start + 2]?.raw.length ?? 0) < 2) return -1;
  return nameEnd(analysis, start + 2);
}

/** "M. Gambetta", "M. le juge Guépet", "Mr Smith": the token index after the person, or -1. */
function personAfterHonorific(analysis: Analysis, index: number): number {
  const { tokens, lang } = analysis;
  const honorificEnd = lexiconEnd(analysis, lang.honorifics, index);
  if (honorificEnd < 0) return -1;
  const dot = tokens[honorificEnd];
  const afterHonorific = dot?.raw === '.' && !dot.spaceBefore ? honorificEnd + 1 : honorificEnd;
  const titleStart = lang.anaphoricDeterminers.has(analysis.keys[afterHonorific] ?? '')
    ? afterHonorific + 1
    : afterHonorific;
  const phrase = parseRolePhrase(analysis, titleStart);
  const consumed = phrase ? personAfterRole(analysis, phrase) : -1;
  if (consumed > 0) return consumed;
  const end = nameEnd(analysis, afterHonorific, true);
  if (end > 0) addPerson(analysis, afterHonorific, end, 'person.honorific', undefined, index);
  return end;
}

/**
 * Persons with roles: title-name ("l'ambassadeur Dang Minh Khoi"), apposition ("le chef de la
 * diplomatie russe, Sergueï Lavrov"), name-title ("Wang Huning, membre du …"), honorifics ("M. X")
 * and Vietnamese full names. Returns the role phrases left without a name, for short mentions.
 */
export function findPersons(analysis: Analysis): BareRole[] {
  const { tokens, lang } = analysis;
  const bare: BareRole[] = [];
  // One pass; each rule returns where it stopped, so no token is read twice by the same rule.
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token?.isWord || analysis.personCovered[index]) continue;
    const honorificEnd = personAfterHonorific(analysis, index);
    if (honorificEnd > 0) {
      index = honorificEnd - 1;
      continue;
    }
    if (analysis.capsContext[index] || insideOrganisationHead(analysis, index)) continue;
    const phrase = parseRolePhrase(analysis, index);
    if (phrase) {
      const consumed = personAfterRole(analysis, phrase);
      if (consumed > 0) {
        index = consumed - 1;
        continue;
      }
      if (isCounterpartPhrase(analysis, phrase))
        for (const code of phrase.countries) analysis.counterpartStates.add(code);
      const determiner = index - 1;
      if (lang.anaphoricDeterminers.has(analysis.keys[determiner] ?? ''))
        bare.push({ phrase, determinerStart: determiner });
      index = phrase.end - 1;
      continue;
    }
    if (!token.capitalised || continuesCompound(analysis, index)) continue;
    const initialEnd = initialNameEnd(analysis, index);
    if (initialEnd > 0) {
      addPerson(analysis, index, initialEnd, 'person.initial-name');
      index = initialEnd - 1;
      continue;
    }
    const end = nameEnd(analysis, index);
    if (end < 0) continue;
    const trailingRole = roleAfterName(analysis, index, end);
    if (trailingRole && end - index >= 2) {
      addPerson(
        analysis,
        index,
        end,
        'person.name-title',
        roleOf(analysis, trailingRole, 'role.post-apposition'),
      );
      index = trailingRole.end - 1;
      continue;
    }
    const rule = personNameRule(analysis, index, end);
    if (rule) {
      addPerson(analysis, index, end, rule);
      index = end - 1;
    }
  }
  return bare;
}
