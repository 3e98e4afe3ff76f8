import type { NamedActor } from './event-sides.js';
import { countryName } from '../records/country-codes.js';

/** A side's names for people: the entity's name, else the country's (`Sergueï Lavrov; Vietnam`). */
export function sideLabel(side: readonly NamedActor[]): string {
  return side.map((actor) => actor.name ?? countryName(actor.code) ?? actor.code).join('; ');
}
