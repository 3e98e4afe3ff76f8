import type { ArticleRecord, EventActor } from '../records/article.js';

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
