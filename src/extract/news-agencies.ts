import { readFileSync } from 'node:fs';

interface DatelineLexicon {
  agencies: string[];
  homeCountries: Record<string, string>;
}

const lexicon = JSON.parse(
  readFileSync(new URL('../../lang/datelines.json', import.meta.url), 'utf8'),
) as DatelineLexicon;

/** News agencies as printed in datelines and sign-offs ("VNA", "AFP", "Xinhua"), from `lang/datelines.json`. */
export const NEWS_AGENCIES: readonly string[] = lexicon.agencies;

const homeCountries = new Map(
  Object.entries(lexicon.homeCountries).map(([agency, code]) => [agency.toLowerCase(), code]),
);

/** The state a national agency reports from ("VNA" → "VNM"); undefined for international wires. */
export function agencyHomeCountry(agency: string): string | undefined {
  return homeCountries.get(agency.toLowerCase());
}
