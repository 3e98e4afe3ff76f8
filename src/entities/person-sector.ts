import type { Entity } from '../records/article.js';
import { entryKeys, type LanguageLexicon } from './lexicon.js';

/** Whether a title holds a military rank: "General", "chef d'état-major", but not "Secretary-General". */
function isMilitaryTitle(title: string, lang: LanguageLexicon): boolean {
  const words = entryKeys(title).filter((word) => word !== '-');
  const text = ` ${words.join(' ')} `;
  for (const military of lang.militaryTitles) {
    for (let at = text.indexOf(` ${military} `); at >= 0; at = text.indexOf(` ${military} `, at + 1)) {
      const before = text.slice(0, at).trim().split(' ').at(-1) ?? '';
      if (!lang.civilianBeforeMilitary.has(before)) return true;
    }
  }
  return false;
}

/** Persons acting for a state get a PLOVER sector: MIL when a title is a military rank, else GOV. */
export function assignPersonSectors(entities: Entity[], lang: LanguageLexicon): void {
  for (const entity of entities) {
    if (entity.type !== 'person' || !entity.country || entity.roles.length === 0) continue;
    const military = entity.roles.some((role) => isMilitaryTitle(role.title, lang));
    entity.sector = military ? 'MIL' : 'GOV';
  }
}
