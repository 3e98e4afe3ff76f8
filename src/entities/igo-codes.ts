import { readFileSync } from 'node:fs';

interface IgoCodeRow {
  id: string;
  cameo: string;
}

/** CAMEO-style actor code of each international organisation (data/gazetteer/igos.json, `cameo`). */
const CAMEO_BY_ORG: ReadonlyMap<string, string> = new Map(
  (
    JSON.parse(readFileSync(new URL('../../data/gazetteer/igos.json', import.meta.url), 'utf8')) as {
      igos: IgoCodeRow[];
    }
  ).igos.map((igo) => [igo.id, igo.cameo]),
);

/** The entity key prefix of an international organisation (`org:igo:ASEAN`). */
const IGO_KEY = 'org:igo:';

/** The organisation code ("ASEAN", "UN") of an entity key, or null when it names no known IGO. */
export function orgOfEntityKey(key: string): string | null {
  return key.startsWith(IGO_KEY) ? key.slice(IGO_KEY.length) : null;
}

/** The CAMEO-style actor code of an organisation ("UN" → "IGOUNO"), or null for an unknown one. */
export function igoCameoCode(org: string): string | null {
  return CAMEO_BY_ORG.get(org) ?? null;
}

/** The most specific actor code of an event side: the organisation's CAMEO code for an IGO, else its code. */
export function sideActorCode(side: { code: string; org?: string }): string {
  return (side.org ? igoCameoCode(side.org) : null) ?? side.code;
}
