import type { Entity } from '../records/article.js';
import { entryKeys, type LanguageLexicon } from './lexicon.js';

/** Persons acting for a state get a PLOVER sector: MIL when a title is a military rank, else GOV. */
export function assignPersonSectors(entities: Entity[], lang: LanguageLexicon): void {
  for (const entity of entities) {
    if (entity.type !== 'person' || !entity.country || entity.roles.length === 0) continue;
    const military = entity.roles.some((role) => {
      const words = ` ${entryKeys(role.title).join(' ')} `;
      return [...lang.militaryTitles].some((title) => words.includes(` ${title} `));
    });
    entity.sector = military ? 'MIL' : 'GOV';
  }
}
