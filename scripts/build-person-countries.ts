/**
 * Builds data/gazetteer/person-countries.tsv, the state each known political figure acts for, from
 * the PETRARCH2 country actor dictionary (Phoenix.Countries.actors.txt, Open Event Data Alliance,
 * MIT; generated from CountryInfo.txt by the Computational Event Data System project).
 *
 * Kept: entries whose every CAMEO code names one state that data/gazetteer/countries.json knows
 * (codes of more than three letters, "DZAGOV", "UGAELI"), with their names and aliases of 2 to 5
 * words without titles, and single-word aliases ("OBAMA", "LAVROV") that name one state only.
 * Entries that served several states or an organisation are left out.
 *
 * Run: npx tsx scripts/build-person-countries.ts <path to Phoenix.Countries.actors.txt>
 * (the file is in github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('usage: npx tsx scripts/build-person-countries.ts <Phoenix.Countries.actors.txt>');
  process.exit(2);
}

const dataDir = new URL('../data/gazetteer/', import.meta.url);
const states = new Set(
  (
    JSON.parse(readFileSync(new URL('countries.json', dataDir), 'utf8')) as {
      countries: Array<{ code: string }>;
    }
  ).countries.map((country) => country.code),
);

/** Words that open a title or an honorific, not a name ("PRESIDENT_OBAMA", "MR._OBAMA"). */
const TITLE_WORDS = new Set([
  'PRESIDENT',
  'PRIME',
  'MINISTER',
  'FOREIGN',
  'DEFENSE',
  'DEFENCE',
  'MR',
  'MR.',
  'MRS',
  'MRS.',
  'MS',
  'MS.',
  'DR',
  'DR.',
  'SIR',
  'KING',
  'QUEEN',
  'PRINCE',
  'SHEIKH',
  'GENERAL',
  'GEN.',
  'SECRETARY',
  'CHAIRMAN',
  'PREMIER',
  'CHANCELLOR',
  'SENATOR',
  'SEN.',
  'AMBASSADOR',
  'VICE',
  'DEPUTY',
  'FORMER',
  'THE',
]);

interface Entry {
  id: string;
  names: string[];
  codes: string[];
}

function parse(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  for (const line of text.split('\n')) {
    const body = line.split('#')[0]!.trimEnd();
    if (!body.trim()) continue;
    const codes = [...body.matchAll(/\[([A-Z]{3,})/g)].map((match) => match[1]!);
    if (/^\s/.test(line)) {
      current?.codes.push(...codes);
    } else if (line.startsWith('+')) {
      current?.names.push(body.slice(1).trim());
    } else {
      const name = /^(\S+)/.exec(body.trim())?.[1];
      current = name ? { id: name.replace(/_+$/, ''), names: [name], codes } : null;
      if (current) entries.push(current);
    }
  }
  return entries;
}

/** "SERGEY_V._LAVROV_" → ["SERGEY", "V.", "LAVROV"]. */
function words(name: string): string[] {
  return name
    .replace(/_+$/, '')
    .split('_')
    .filter((word) => word.length > 0);
}

function display(parts: string[]): string {
  return parts
    .map((word) =>
      word.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(' ');
}

/** Common given names (person-name-parts.json) never stand alone for a person of a state. */
const givenNames = new Set(
  (
    JSON.parse(readFileSync(new URL('person-name-parts.json', dataDir), 'utf8')) as { givenNames: string[] }
  ).givenNames.map((name) => name.toLowerCase()),
);

const full = new Map<string, { country: string; id: string } | null>();
const single = new Map<string, { country: string; id: string } | null>();
function add(
  index: Map<string, { country: string; id: string } | null>,
  key: string,
  value: { country: string; id: string },
): void {
  const known = index.get(key);
  if (known === undefined) index.set(key, value);
  else if (known && known.country !== value.country) index.set(key, null);
}

for (const entry of parse(readFileSync(source, 'utf8'))) {
  if (entry.codes.length === 0 || entry.codes.some((code) => code.length <= 3)) continue;
  const countries = new Set(entry.codes.map((code) => code.slice(0, 3)));
  const country = [...countries][0]!;
  if (countries.size !== 1 || !states.has(country)) continue;
  for (const name of entry.names) {
    const parts = words(name);
    if (parts.length === 0 || parts.some((word) => TITLE_WORDS.has(word) || /\d/.test(word))) continue;
    // A one-word alias is kept when it is the surname of one of the entry's full names ("OBAMA" of
    // "BARACK_OBAMA"), no entry of another state uses it and it is not a common given name; the last
    // words of full names are not taken alone otherwise ("Davis", "Wang").
    const only = parts.length === 1 ? parts[0]! : null;
    if (
      only &&
      only.length >= 4 &&
      !givenNames.has(only.toLowerCase()) &&
      entry.names.some((other) => {
        const otherParts = words(other);
        return otherParts.length >= 2 && otherParts.at(-1) === only;
      })
    )
      add(single, display(parts), { country, id: entry.id });
    if (parts.length >= 2 && parts.length <= 5) add(full, display(parts), { country, id: entry.id });
  }
}

const rows: string[] = [];
for (const [name, value] of full) if (value) rows.push(`${name}\t${value.country}\t${value.id}\tfull`);
for (const [name, value] of single)
  if (value && !full.has(name)) rows.push(`${name}\t${value.country}\t${value.id}\tsurname`);
rows.sort();
writeFileSync(
  new URL('person-countries.tsv', dataDir),
  `# name\tcountry\tid\tkind — generated by scripts/build-person-countries.ts from PETRARCH2 Phoenix.Countries.actors.txt (MIT)\n${rows.join('\n')}\n`,
);
console.log(`wrote ${rows.length} names`);
