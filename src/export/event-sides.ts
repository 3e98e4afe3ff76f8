import type { ArticleRecord, EventActor } from '../records/article.js';
import { countryName } from '../records/country-codes.js';

/** One side of an event: its code and the name of the entity the record resolved it to. */
export interface NamedActor {
  code: string;
  name: string | null;
}

/** The actors of one side with the names of their entities (null when the side is a bare code). */
export function namedSide(record: ArticleRecord, actors: readonly EventActor[]): NamedActor[] {
  return actors.map((actor) => ({
    code: actor.code,
    name: record.entities.find((entity) => entity.id === actor.entity)?.name ?? null,
  }));
}

/** A side's names for people: the entity's name, else the country's (`Sergueï Lavrov`, `Russia`). */
export function sideLabel(side: readonly NamedActor[]): string {
  return side.map((actor) => actor.name ?? countryName(actor.code) ?? actor.code).join('; ');
}
