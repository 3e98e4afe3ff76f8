import { readFileSync } from 'node:fs';
import { foldWord } from '../entities/fold.js';

interface TransliterationData {
  rewrites: Array<[string, string]>;
}

const DATA_URL = new URL('../../data/entity-resolution/transliteration.json', import.meta.url);
const REWRITES = (JSON.parse(readFileSync(DATA_URL, 'utf8')) as TransliterationData).rewrites.map(
  ([from, to]) => ({ anchored: from.endsWith('$'), from: from.replace(/\$$/, ''), to }),
);

const NAME_TOKEN = /[\p{L}\p{N}]+/gu;

/** The transliteration-neutral key of one name token ("Sergueï", "Sergey" → "sergei"). */
export function tokenKey(token: string): string {
  let key = foldWord(token);
  for (const rewrite of REWRITES) {
    if (rewrite.anchored) {
      if (key.endsWith(rewrite.from)) key = key.slice(0, key.length - rewrite.from.length) + rewrite.to;
    } else {
      key = key.split(rewrite.from).join(rewrite.to);
    }
  }
  return key.replace(/(.)\1+/g, '$1');
}

/** The tokens of a name, hyphen and apostrophe split. */
function nameTokens(name: string): string[] {
  return name.match(NAME_TOKEN) ?? [];
}

/** Matching key of a whole name: each token's key, space-joined. */
export function nameKey(name: string): string {
  return nameTokens(name).map(tokenKey).join(' ');
}

/** Matching key of a person's surname: the last token (Vietnamese names are matched whole, see caller). */
export function surnameKey(name: string): string | null {
  const tokens = nameTokens(name);
  const last = tokens[tokens.length - 1];
  return last ? tokenKey(last) : null;
}

/** True when a name is a single token (a surname used alone, such as "Lavrov"). */
export function isSingleToken(name: string): boolean {
  return nameTokens(name).length === 1;
}
