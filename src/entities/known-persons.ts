import { readFileSync } from 'node:fs';
import type { Entity } from '../records/article.js';
import { foldWord } from './fold.js';

/** Known political figures by folded full name, and by surname alias ("obama"), with their state. */
interface KnownPersons {
  full: Map<string, string>;
  surnames: Map<string, string>;
}

const DATA = new URL('../../data/gazetteer/person-countries.tsv', import.meta.url);

/** Transliterations of the Arabic article in names ("El Bashir", "al-Bashir"), read as one. */
const ARABIC_ARTICLE = new Set(['el', 'al']);

/** "Zia-Ul-Haq", "zia ul haq" → "zia ul haq": folded words, hyphens as spaces, "el" as "al". */
export function personKey(name: string): string {
  return foldWord(name)
    .replace(/[-‐‑]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => (ARABIC_ARTICLE.has(word) ? 'al' : word))
    .join(' ');
}

let cached: KnownPersons | undefined;

/** The table of data/gazetteer/person-countries.tsv, read once per process. */
function knownPersons(): KnownPersons {
  if (cached) return cached;
  const full = new Map<string, string>();
  const surnames = new Map<string, string>();
  for (const line of readFileSync(DATA, 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const [name, country, , kind] = line.split('\t');
    if (!name || !country) continue;
    (kind === 'surname' ? surnames : full).set(personKey(name), country);
  }
  cached = { full, surnames };
  return cached;
}

/** The state a known figure acts for: by full name, or by surname alone for a one-word name. */
export function knownPersonCountry(name: string): string | null {
  const table = knownPersons();
  const key = personKey(name);
  return table.full.get(key) ?? (key.includes(' ') ? null : (table.surnames.get(key) ?? null));
}

/**
 * Persons whose titles name no state, but who are known political figures ("President Macron",
 * "Angela Merkel said"): they act for the state the CAMEO country dictionary gives them.
 * Their roles say so in their ruleId (`.country-from-kb`).
 */
export function assignKnownPersonCountries(entities: Entity[]): void {
  for (const entity of entities) {
    if (entity.type !== 'person' || entity.country || entity.roles.some((role) => role.country)) continue;
    const country = knownPersonCountry(entity.name);
    if (!country) continue;
    entity.country = country;
    for (const role of entity.roles) {
      role.country = country;
      role.ruleId = `${role.ruleId}.country-from-kb`;
    }
  }
}
