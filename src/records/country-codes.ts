import { readFileSync } from 'node:fs';

interface CountryLabelsFile {
  countries: Array<{ code: string; label: { fr: string | null; en: string | null } }>;
}

/** Codes an event side can carry besides ISO alpha-3 countries. */
const NON_COUNTRY_CODES = new Map([
  ['IGO', { fr: 'organisation internationale', en: 'international organisation' }],
]);

let labels: Map<string, { fr: string | null; en: string | null }> | null = null;

function countryLabels(): Map<string, { fr: string | null; en: string | null }> {
  if (!labels) {
    const file = JSON.parse(
      readFileSync(new URL('../../data/gazetteer/countries.json', import.meta.url), 'utf8'),
    ) as CountryLabelsFile;
    labels = new Map([...file.countries.map((c) => [c.code, c.label] as const), ...NON_COUNTRY_CODES]);
  }
  return labels;
}

/** True for an ISO alpha-3 code of the gazetteer (or IGO), the codes events carry. */
export function isKnownCountryCode(code: string): boolean {
  return countryLabels().has(code);
}

/** The name of a country code in a language (English when missing), or null for an unknown code. */
export function countryName(code: string, language: 'fr' | 'en' = 'en'): string | null {
  const label = countryLabels().get(code);
  return label ? (label[language] ?? label.en ?? label.fr) : null;
}
