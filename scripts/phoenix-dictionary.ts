/**
 * Reading the PETRARCH2 Phoenix actor dictionaries (Open Event Data Alliance, MIT) for the gazetteer
 * build scripts: entries with their names and CAMEO codes, the states the gazetteer knows, and the
 * display form of a dictionary word.
 */
import { readFileSync } from 'node:fs';

/** One dictionary entry: its first name (underscores kept, trailing ones dropped), every name and alias, every CAMEO code. */
export interface PhoenixEntry {
  id: string;
  names: string[];
  codes: string[];
}

/** Entries of a Phoenix `*.actors.txt` file: a name line, `+alias` lines, indented `[CODE …]` lines. */
export function parsePhoenixDictionary(text: string): PhoenixEntry[] {
  const entries: PhoenixEntry[] = [];
  let current: PhoenixEntry | null = null;
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

export const GAZETTEER_DIR = new URL('../data/gazetteer/', import.meta.url);

/** ISO alpha-3 codes of the states `data/gazetteer/countries.json` knows. */
export function gazetteerStates(): Set<string> {
  const data = JSON.parse(readFileSync(new URL('countries.json', GAZETTEER_DIR), 'utf8')) as {
    countries: Array<{ code: string }>;
  };
  return new Set(data.countries.map((country) => country.code));
}

/** "HIZB-E-ISLAMI" → "Hizb-E-Islami": lower case with a capital after a start, hyphen or apostrophe. */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The entries of the dictionary file named on the command line; prints the usage and exits without one. */
export function dictionaryFromArguments(script: string, dictionary: string): PhoenixEntry[] {
  const source = process.argv[2];
  if (!source) {
    console.error(`usage: npx tsx scripts/${script} <${dictionary}>`);
    process.exit(2);
  }
  return parsePhoenixDictionary(readFileSync(source, 'utf8'));
}
