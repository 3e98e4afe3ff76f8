import { readFileSync } from 'node:fs';
import { TokenTrie } from './token-trie.js';
import { stateActorIndex, type StateActor } from './state-actors.js';
import { tokenize } from './tokenize.js';

/** What a gazetteer entry names. */
export type GazetteerEntry =
  | { kind: 'country-name'; code: string; exactCase: boolean; ambiguous: boolean }
  | { kind: 'demonym'; code: string; language: string; capitalisedOnly: boolean }
  | { kind: 'capital'; code: string }
  /** `lowercase`: a region written with a lowercase common noun first ("mer de Chine méridionale"). */
  | { kind: 'place'; code: string | null; lowercase?: true }
  | { kind: 'igo-name'; id: string; acronyms: Labels }
  | {
      kind: 'igo-acronym';
      id: string;
      acronym: string;
      /** Folded words (four letters or more) of the organisation's names, French and English. */
      nameWords: ReadonlySet<string>;
    }
  | { kind: 'igo-adjective'; id: string; language: string };

/** One label per language, null when the data has none. */
export interface Labels {
  fr: string | null;
  en: string | null;
}

/** The label in a language, else the other one. */
export function labelIn(labels: Labels, language: string): string | null {
  return language === 'en' ? (labels.en ?? labels.fr) : (labels.fr ?? labels.en);
}

/** Role, name, organisation and context lexicons of one language, as tries and sets. */
export interface LanguageLexicon {
  code: string;
  titleHeads: TokenTrie<string>;
  preModifiers: TokenTrie<string>;
  postModifiers: TokenTrie<string>;
  complementPrepositions: TokenTrie<string>;
  servedPrepositions: Set<string>;
  coordinators: Set<string>;
  anaphoricDeterminers: Set<string>;
  genericDiplomatTitles: Set<string>;
  portfolioWords: Set<string>;
  militaryTitles: Set<string>;
  /** Words that make a following military title civilian ("Secretary-General", "secrétaire général"). */
  civilianBeforeMilitary: Set<string>;
  /** Office id of each title variant, by its folded keys joined with spaces ("chef du gouvernement"). */
  offices: Map<string, string>;
  counterpartTitles: Set<string>;
  /** Modifiers that make a title a past one ("former", "ancien"): folded first words of a role title. */
  formerModifiers: Set<string>;
  honorifics: TokenTrie<string>;
  nameParticles: Set<string>;
  notNames: Set<string>;
  orgHeads: TokenTrie<string>;
  lowercaseOrgHeads: Set<string>;
  acronymOnlyHeads: Set<string>;
  standaloneOrgs: TokenTrie<string>;
  /** Named actors standing for a state, by folded keys: seats ("Kremlin") and armed groups ("Hezbollah"). */
  seats: Map<string, StateActor>;
  acronymStopWords: Set<string>;
  creditLabels: Set<string>;
  orgBodyStopWords: Set<string>;
  orgBodyPrepositions: Set<string>;
  /** PLOVER sector of an organisation by its folded head word ("ministere" → GOV). */
  sectorHeads: Map<string, string>;
  /** Words skipped when reading an acronym's initials ("de", "of"). */
  initialsStopWords: Set<string>;
  /** Endings of lower-case adjectives that may continue a name ("communiste", "suprême"); null when none. */
  adjectiveEnding: RegExp | null;
  subjectVerbs: Set<string>;
  placePrepositions: Set<string>;
  /** Nouns after which an organisation's adjective names it as a party ("la partie européenne"). */
  partyNouns: Set<string>;
  /** Adjectives that make an international organisation's name a state's own body ("National Security Council"). */
  nationalAdjectives: Set<string>;
  /** Words that make a following demonym a region's, not a state's ("South American", "sud-américain"). */
  regionPrefixes: Set<string>;
  /** Words that make a following / preceding demonym an ethnic group ("ethnic", "de souche"), as folded keys. */
  ethnicMarkersBefore: string[][];
  ethnicMarkersAfter: string[][];
  /** Prepositions that name where a people named by a plural demonym lives ("the Serbs of Croatia"). */
  ethnicHomePrepositions: Set<string>;
  /** Currency nouns a state's letters may follow as a currency ("dollars US"), not as the state. */
  currencyNouns: Set<string>;
  /** Words before / after a title or organisation that stand for the state last named ("the country's", "du pays"), as folded keys. */
  stateAnaphorsBefore: string[][];
  stateAnaphorsAfter: string[][];
  /** "his country", "son pays": the state of the person the possessive points back to, as folded keys. */
  homeAnaphors: string[][];
  /** Articles, by their last folded token ("l'" → "'"), that make an ambiguous country name a place. */
  articles: Set<string>;
  streetHeads: Set<string>;
  streetLinks: TokenTrie<string>;
  /** Heads of instruments named after a place ("Convention de Vienne", "Paris Agreement"), folded. */
  instrumentHeads: Set<string>;
}

/** Shared data: countries, IGOs and name parts, plus the per-language lexicons. */
export interface EntityLexicon {
  gazetteer: TokenTrie<GazetteerEntry>;
  /** Country labels by alpha-3 code, per language. */
  countryLabels: Map<string, Labels>;
  vietnameseFamilyNames: Set<string>;
  givenNames: Set<string>;
  abbreviations: Set<string>;
  languages: Map<string, LanguageLexicon>;
}

const DATA_DIR = new URL('../../data/gazetteer/', import.meta.url);
const LANG_DIR = new URL('../../lang/', import.meta.url);
export const ENTITY_LANGUAGES = ['fr', 'en'] as const;
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** The folded token keys of a lexicon entry, tokenised like the text. */
export function entryKeys(entry: string): string[] {
  return tokenize(entry, NO_ABBREVIATIONS).map((token) => token.fold);
}

/** One pattern for a list of word endings (each optionally plural), or null for an empty list. */
function endingPattern(suffixes: readonly string[]): RegExp | null {
  if (suffixes.length === 0) return null;
  const escaped = suffixes.map((suffix) => suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})s?$`, 'u');
}

function trieOf(entries: readonly string[]): TokenTrie<string> {
  const trie = new TokenTrie<string>();
  for (const entry of entries) trie.add(entryKeys(entry), entry);
  return trie;
}

function foldedSet(entries: readonly string[]): Set<string> {
  return new Set(entries.map((entry) => entryKeys(entry).join(' ')));
}

interface CountriesFile {
  ambiguousNames: string[];
  countries: Array<{
    code: string;
    label: Labels;
    names: { fr: string[]; en: string[] };
    demonyms: { fr: string[]; en: string[] };
    capitals: { fr: string[]; en: string[] };
  }>;
}

interface PlacesFile {
  regions: string[];
  places: Array<{ name: string; code: string }>;
}

interface IgosFile {
  igos: Array<{
    id: string;
    acronyms: { fr: string[]; en: string[] };
    names: { fr: string[]; en: string[] };
    adjectives?: { fr: string[]; en: string[] };
  }>;
}

/** Whether a language's demonyms are read only capitalised: English ones are ("Vietnamese"), French ones not ("vietnamien"). */
const DEMONYM_CASING = [
  ['fr', false],
  ['en', true],
] as const;

function buildGazetteer(): { trie: TokenTrie<GazetteerEntry>; countryLabels: Map<string, Labels> } {
  const countries = readJson<CountriesFile>(new URL('countries.json', DATA_DIR));
  const igos = readJson<IgosFile>(new URL('igos.json', DATA_DIR));
  const ambiguous = foldedSet(countries.ambiguousNames);
  const trie = new TokenTrie<GazetteerEntry>();
  const countryLabels = new Map<string, Labels>();
  for (const country of countries.countries) {
    countryLabels.set(country.code, country.label);
    for (const name of [...country.names.fr, ...country.names.en]) {
      const keys = entryKeys(name);
      const exactCase = /^[A-Z.]+$/.test(name);
      trie.add(keys, {
        kind: 'country-name',
        code: country.code,
        exactCase,
        ambiguous: ambiguous.has(keys.join(' ')),
      });
    }
    for (const [language, capitalisedOnly] of DEMONYM_CASING) {
      for (const demonym of country.demonyms[language]) {
        trie.add(entryKeys(demonym), { kind: 'demonym', code: country.code, language, capitalisedOnly });
      }
    }
    for (const capital of [...country.capitals.fr, ...country.capitals.en]) {
      trie.add(entryKeys(capital), { kind: 'capital', code: country.code });
    }
  }
  const places = readJson<PlacesFile>(new URL('places.json', DATA_DIR));
  for (const place of places.places) trie.add(entryKeys(place.name), { kind: 'place', code: place.code });
  for (const region of places.regions) {
    const lowercase = /^\p{Ll}/u.test(region);
    trie.add(
      entryKeys(region),
      lowercase ? { kind: 'place', code: null, lowercase } : { kind: 'place', code: null },
    );
  }
  for (const igo of igos.igos) {
    const acronyms: Labels = { fr: igo.acronyms.fr[0] ?? null, en: igo.acronyms.en[0] ?? null };
    for (const longName of [...igo.names.fr, ...igo.names.en]) {
      trie.add(entryKeys(longName), { kind: 'igo-name', id: igo.id, acronyms });
    }
    const nameWords = new Set(
      [...igo.names.fr, ...igo.names.en].flatMap(entryKeys).filter((key) => key.length >= 4),
    );
    for (const short of [...igo.acronyms.fr, ...igo.acronyms.en]) {
      trie.add(entryKeys(short), { kind: 'igo-acronym', id: igo.id, acronym: short, nameWords });
    }
    for (const language of ['fr', 'en'] as const) {
      for (const adjective of igo.adjectives?.[language] ?? []) {
        trie.add(entryKeys(adjective), { kind: 'igo-adjective', id: igo.id, language });
      }
    }
  }
  return { trie, countryLabels };
}

/** The office of each title variant, keyed as role heads are ("premier ministre" → "head-of-government"). */
function officeIndex(offices: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [office, titles] of Object.entries(offices)) {
    for (const title of titles) index.set(entryKeys(title).join(' '), office);
  }
  return index;
}

/**
 * The office a role title names: the longest variant that is the whole title or opens it ("Premier
 * ministre vietnamien" → head-of-government); null for other titles ("vice-Premier ministre").
 */
export function officeOfTitle(lang: LanguageLexicon, title: string): string | null {
  const keys = entryKeys(title).join(' ');
  let best: { variant: string; office: string } | null = null;
  for (const [variant, office] of lang.offices) {
    if (
      (keys === variant || keys.startsWith(`${variant} `)) &&
      variant.length > (best?.variant.length ?? 0)
    ) {
      best = { variant, office };
    }
  }
  return best?.office ?? null;
}

interface RolesFile {
  titleHeads: string[];
  preModifiers: string[];
  postModifiers: string[];
  complementPrepositions: string[];
  servedPrepositions: string[];
  coordinators: string[];
  anaphoricDeterminers: string[];
  genericDiplomatTitles: string[];
  portfolioWords: string[];
  militaryTitles: string[];
  civilianBeforeMilitary?: string[];
  /** Offices by id, each with the titles that name it ("Premier ministre", "chef du gouvernement", "PM"). */
  offices?: Record<string, string[]>;
  /** Titles that name the other side's holder of an office ("homologue", "counterpart"). */
  counterpartTitles?: string[];
  formerModifiers?: string[];
}
interface NamesFile {
  honorifics: string[];
  abbreviations: string[];
  nameParticles: string[];
  notNames: string[];
}
interface OrganisationsFile {
  heads: string[];
  lowercaseHeads: string[];
  acronymOnlyHeads: string[];
  standaloneNames: string[];
  acronymStopWords: string[];
  creditLabels: string[];
  bodyStopWords: string[];
  bodyPrepositions: string[];
  adjectiveSuffixes: string[];
  sectorHeads: Record<string, string[]>;
  initialsStopWords: string[];
}
interface PlacePatternsFile {
  streetHeads: string[];
  streetLinks: string[];
  instrumentHeads: string[];
}
interface ContextFile {
  subjectVerbs: string[];
  placePrepositions: string[];
  /** Nouns after which an adjective names a party ("la partie européenne", "the European side"). */
  partyNouns: string[];
  /** "national": beside an organisation's name it names a state's own body ("National Security Council"). */
  nationalAdjectives: string[];
  /** Words that make a following demonym a region's ("South American", "latino-américain"). */
  regionPrefixes: string[];
  articles: string[];
  ethnicMarkers: { before: string[]; after: string[]; homePrepositions: string[] };
  currencyNouns: string[];
  /** "the country's Foreign Ministry", "le ministère des Affaires étrangères du pays": the state last named. */
  stateAnaphors: { before: string[]; after: string[] };
  homeAnaphors: string[];
}

function buildLanguage(code: 'fr' | 'en'): { lexicon: LanguageLexicon; abbreviations: string[] } {
  const dir = new URL(`${code}/`, LANG_DIR);
  const roles = readJson<RolesFile>(new URL('entity-roles.json', dir));
  const names = readJson<NamesFile>(new URL('entity-names.json', dir));
  const orgs = readJson<OrganisationsFile>(new URL('entity-organisations.json', dir));
  const context = readJson<ContextFile>(new URL('entity-context.json', dir));
  const placePatterns = readJson<PlacePatternsFile>(new URL('entity-places.json', dir));
  const seats = stateActorIndex(code);
  const standaloneOrgs = trieOf(orgs.standaloneNames);
  for (const key of seats.keys()) standaloneOrgs.add(key.split(' '), key);
  return {
    abbreviations: names.abbreviations,
    lexicon: {
      code,
      titleHeads: trieOf(roles.titleHeads),
      preModifiers: trieOf(roles.preModifiers),
      postModifiers: trieOf(roles.postModifiers),
      complementPrepositions: trieOf(roles.complementPrepositions),
      servedPrepositions: foldedSet(roles.servedPrepositions),
      coordinators: foldedSet(roles.coordinators),
      anaphoricDeterminers: foldedSet(roles.anaphoricDeterminers),
      genericDiplomatTitles: foldedSet(roles.genericDiplomatTitles),
      portfolioWords: foldedSet(roles.portfolioWords),
      militaryTitles: foldedSet(roles.militaryTitles),
      civilianBeforeMilitary: foldedSet(roles.civilianBeforeMilitary ?? []),
      offices: officeIndex(roles.offices ?? {}),
      counterpartTitles: foldedSet(roles.counterpartTitles ?? []),
      formerModifiers: foldedSet(roles.formerModifiers ?? []),
      honorifics: trieOf(names.honorifics),
      nameParticles: foldedSet(names.nameParticles),
      notNames: new Set(names.notNames),
      orgHeads: trieOf(orgs.heads),
      lowercaseOrgHeads: foldedSet(orgs.lowercaseHeads),
      acronymOnlyHeads: foldedSet(orgs.acronymOnlyHeads),
      standaloneOrgs,
      seats,
      acronymStopWords: new Set(orgs.acronymStopWords),
      creditLabels: foldedSet(orgs.creditLabels),
      orgBodyStopWords: foldedSet(orgs.bodyStopWords),
      orgBodyPrepositions: foldedSet(orgs.bodyPrepositions),
      adjectiveEnding: endingPattern(orgs.adjectiveSuffixes),
      sectorHeads: new Map(
        Object.entries(orgs.sectorHeads).flatMap(([sector, heads]) =>
          heads.map((head) => [entryKeys(head).join(' '), sector] as const),
        ),
      ),
      initialsStopWords: foldedSet(orgs.initialsStopWords),
      subjectVerbs: foldedSet(context.subjectVerbs),
      placePrepositions: foldedSet(context.placePrepositions),
      partyNouns: foldedSet(context.partyNouns),
      nationalAdjectives: foldedSet(context.nationalAdjectives),
      regionPrefixes: foldedSet(context.regionPrefixes),
      ethnicMarkersBefore: context.ethnicMarkers.before.map(entryKeys),
      ethnicMarkersAfter: context.ethnicMarkers.after.map(entryKeys),
      ethnicHomePrepositions: new Set(context.ethnicMarkers.homePrepositions.flatMap(entryKeys)),
      currencyNouns: foldedSet(context.currencyNouns),
      stateAnaphorsBefore: context.stateAnaphors.before.map(entryKeys),
      stateAnaphorsAfter: context.stateAnaphors.after.map(entryKeys),
      homeAnaphors: context.homeAnaphors.map(entryKeys),
      articles: new Set(context.articles.map((article) => entryKeys(article).at(-1) ?? article)),
      streetHeads: foldedSet(placePatterns.streetHeads),
      streetLinks: trieOf(placePatterns.streetLinks),
      instrumentHeads: foldedSet(placePatterns.instrumentHeads),
    },
  };
}

let cached: EntityLexicon | undefined;

/** The entity lexicon, built once per process from the data files. */
export function entityLexicon(): EntityLexicon {
  if (cached) return cached;
  const { trie, countryLabels } = buildGazetteer();
  const nameParts = readJson<{ vietnameseFamilyNames: string[]; givenNames: string[] }>(
    new URL('person-name-parts.json', DATA_DIR),
  );
  const languages = new Map<string, LanguageLexicon>();
  const abbreviations = new Set<string>();
  for (const code of ENTITY_LANGUAGES) {
    const built = buildLanguage(code);
    languages.set(code, built.lexicon);
    for (const abbreviation of built.abbreviations) abbreviations.add(abbreviation);
  }
  cached = {
    gazetteer: trie,
    countryLabels,
    vietnameseFamilyNames: foldedSet(nameParts.vietnameseFamilyNames),
    givenNames: foldedSet(nameParts.givenNames),
    abbreviations,
    languages,
  };
  return cached;
}
