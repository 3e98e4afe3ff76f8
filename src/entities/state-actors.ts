import { readFileSync } from 'node:fs';
import { entryKeys } from './lexicon.js';

/**
 * A named actor that stands for one state: a seat of government or an organ named by a place
 * ("Kremlin", "Quai d'Orsay": `seat`) or a non-state armed group bound to one state ("Hezbollah",
 * "PKK": `armed-group`), with its PLOVER sector.
 */
export interface StateActor {
  country: string;
  sector: string;
  rule: 'org.seat' | 'org.armed-group';
}

const DATA_DIR = new URL('../../data/gazetteer/', import.meta.url);

interface SeatsFile {
  seats: Array<{ country: string; sector: string; names: { fr: string[]; en: string[] } }>;
}

/** The state actors of one language by folded keys ("maison blanche"): seats, then armed groups. */
export function stateActorIndex(code: 'fr' | 'en'): Map<string, StateActor> {
  const index = new Map<string, StateActor>();
  const seats = JSON.parse(readFileSync(new URL('seats.json', DATA_DIR), 'utf8')) as SeatsFile;
  for (const seat of seats.seats) {
    for (const name of seat.names[code]) {
      index.set(entryKeys(name).join(' '), { country: seat.country, sector: seat.sector, rule: 'org.seat' });
    }
  }
  for (const file of ['armed-groups.tsv', 'armed-groups-extra.tsv']) {
    for (const line of readFileSync(new URL(file, DATA_DIR), 'utf8').split('\n')) {
      if (line.length === 0 || line.startsWith('#')) continue;
      const [name, country, sector] = line.split('\t');
      if (!name || !country || !sector) continue;
      const key = entryKeys(name).join(' ');
      if (!index.has(key)) index.set(key, { country, sector, rule: 'org.armed-group' });
    }
  }
  return index;
}
