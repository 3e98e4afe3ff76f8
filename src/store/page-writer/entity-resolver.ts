import { isSingleToken, nameKey, surnameKey } from '../../dedupe/name-keys.js';
import type { Entity } from '../../records/article.js';
import type { EntityMatch, PageStorage } from './page-storage.js';

/** The key an entity is matched on: country code for countries, acronym or name otherwise. */
function matchKey(entity: Entity): string {
  if (entity.type === 'country' && entity.country) return entity.country.toLowerCase();
  if (entity.type === 'organization' && entity.acronym) return nameKey(entity.acronym);
  return nameKey(entity.name);
}

function countryAgrees(entity: Entity, row: EntityMatch): boolean {
  return !entity.country || !row.country || row.country === entity.country;
}

/**
 * Maps a record's entities to store-wide entities: the same person across articles and
 * spellings ("Sergueï Lavrov", "Sergey Lavrov", "Lavrov") gets one id.
 */
export class EntityResolver {
  constructor(private readonly storage: PageStorage) {}

  private async findPerson(entity: Entity, key: string): Promise<EntityMatch | null> {
    const exact = await this.storage.entitiesByAlias(key, 'person');
    const sameCountry = exact.find((row) => countryAgrees(entity, row));
    if (sameCountry) return sameCountry;
    const surname = surnameKey(entity.name);
    if (!surname) return null;
    const candidates = (await this.storage.personsBySurname(surname)).filter((row) =>
      countryAgrees(entity, row),
    );
    if (isSingleToken(entity.name)) {
      // "Lavrov" alone: only when one known person of that country has that surname.
      return candidates.length === 1 ? candidates[0]! : null;
    }
    // A full name joins a person so far known by surname alone.
    return candidates.find((row) => isSingleToken(row.name)) ?? null;
  }

  /** The store id for an entity seen on `day`; creates the entity or adds an alias as needed. */
  async resolve(entity: Entity, day: string | null): Promise<number> {
    const key = matchKey(entity);
    const row =
      entity.type === 'person'
        ? await this.findPerson(entity, key)
        : ((await this.storage.entitiesByAlias(key, entity.type))[0] ?? null);
    let id: number;
    if (row) {
      id = row.id;
      if (entity.type === 'person' && isSingleToken(row.name) && !isSingleToken(entity.name)) {
        await this.storage.renameEntity(id, entity.name, key, entity.country);
      }
    } else {
      id = await this.storage.insertEntity({
        type: entity.type,
        name: entity.name,
        nameKey: key,
        surnameKey: entity.type === 'person' ? surnameKey(entity.name) : null,
        country: entity.country,
        sector: entity.sector,
        day,
      });
    }
    await this.storage.insertAlias(id, entity.name, key);
    if (day) await this.storage.widenEntitySeen(id, day);
    return id;
  }
}
