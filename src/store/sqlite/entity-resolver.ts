import type Database from 'better-sqlite3';
import { isSingleToken, nameKey, surnameKey } from '../../dedupe/name-keys.js';
import type { Entity } from '../../records/article.js';

interface EntityRow {
  id: number;
  name: string;
  country: string | null;
}

/**
 * Maps a record's entities to store-wide entities: the same person across articles and
 * spellings ("Sergueï Lavrov", "Sergey Lavrov", "Lavrov") gets one id.
 */
export class EntityResolver {
  private readonly byAlias: Database.Statement;
  private readonly bySurname: Database.Statement;
  private readonly insertEntity: Database.Statement;
  private readonly insertAlias: Database.Statement;
  private readonly rename: Database.Statement;
  private readonly widenSeen: Database.Statement;

  constructor(db: Database.Database) {
    this.byAlias = db.prepare(
      'SELECT e.id, e.name, e.country FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ? AND e.type = ? ORDER BY e.id',
    );
    this.bySurname = db.prepare(
      "SELECT id, name, country FROM entities WHERE type = 'person' AND surname_key = ? ORDER BY id",
    );
    this.insertEntity = db.prepare(
      'INSERT INTO entities (type, name, name_key, surname_key, country, sector, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertAlias = db.prepare(
      'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)',
    );
    this.rename = db.prepare(
      'UPDATE entities SET name = ?, name_key = ?, country = COALESCE(country, ?) WHERE id = ?',
    );
    this.widenSeen = db.prepare(
      `UPDATE entities SET
         first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END,
         last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END
       WHERE id = ?`,
    );
  }

  /** The key an entity is matched on: country code for countries, acronym or name otherwise. */
  private matchKey(entity: Entity): string {
    if (entity.type === 'country' && entity.country) return entity.country.toLowerCase();
    if (entity.type === 'organization' && entity.acronym) return nameKey(entity.acronym);
    return nameKey(entity.name);
  }

  private findPerson(entity: Entity, key: string): EntityRow | null {
    const exact = this.byAlias.all(key, 'person') as EntityRow[];
    const sameCountry = exact.find(
      (row) => !entity.country || !row.country || row.country === entity.country,
    );
    if (sameCountry) return sameCountry;
    const surname = surnameKey(entity.name);
    if (!surname) return null;
    const candidates = (this.bySurname.all(surname) as EntityRow[]).filter(
      (row) => !entity.country || !row.country || row.country === entity.country,
    );
    if (isSingleToken(entity.name)) {
      // "Lavrov" alone: only when one known person of that country has that surname.
      return candidates.length === 1 ? candidates[0]! : null;
    }
    // A full name joins a person so far known by surname alone.
    return candidates.find((row) => isSingleToken(row.name)) ?? null;
  }

  /** The store id for an entity seen on `day`; creates the entity or adds an alias as needed. */
  resolve(entity: Entity, day: string | null): number {
    const key = this.matchKey(entity);
    let row: EntityRow | null;
    if (entity.type === 'person') row = this.findPerson(entity, key);
    else row = (this.byAlias.all(key, entity.type) as EntityRow[])[0] ?? null;
    let id: number;
    if (row) {
      id = row.id;
      if (entity.type === 'person' && isSingleToken(row.name) && !isSingleToken(entity.name)) {
        this.rename.run(entity.name, key, entity.country, id);
      }
    } else {
      const surname = entity.type === 'person' ? surnameKey(entity.name) : null;
      const result = this.insertEntity.run(
        entity.type,
        entity.name,
        key,
        surname,
        entity.country,
        entity.sector,
        day,
        day,
      );
      id = Number(result.lastInsertRowid);
    }
    this.insertAlias.run(id, entity.name, key);
    if (day) this.widenSeen.run(day, day, day, day, id);
    return id;
  }
}
