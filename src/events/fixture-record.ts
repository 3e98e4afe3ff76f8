import {
  ARTICLE_SCHEMA,
  type ArticleRecord,
  type DateGrain,
  type Entity,
  type EntityType,
} from '../records/article.js';

/** An entity for a hand-built test record: its surface forms are located in the text. */
export interface FixtureEntity {
  type: EntityType;
  name: string;
  country: string;
  surfaces?: string[];
  sector?: string;
}

/** A date mention for a hand-built test record, located by its text. */
export interface FixtureDate {
  text: string;
  value: string | null;
  grain?: DateGrain;
}

function occurrences(text: string, surface: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + surface.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(at);
  }
  return found;
}

/**
 * A record with entities and dates built by hand (what the entities and dates stages would give),
 * so the event stage can be tested on its own. Paragraphs are the blank-line separated blocks.
 */
export function fixtureRecord(
  text: string,
  language: string,
  entities: FixtureEntity[] = [],
  dates: FixtureDate[] = [],
): ArticleRecord {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    paragraphs.push({ start, end: start + block.length });
    start += block.length + 2;
  }
  const taken: Array<[number, number]> = [];
  const builtEntities: Entity[] = entities.map((entity, i) => {
    const surfaces = [...(entity.surfaces ?? [entity.name])].sort((a, b) => b.length - a.length);
    const mentions = surfaces.flatMap((surface) =>
      occurrences(text, surface)
        .filter((at) => taken.every(([s, e]) => at + surface.length <= s || at >= e))
        .map((at) => {
          taken.push([at, at + surface.length]);
          return { start: at, end: at + surface.length, ruleId: 'test.fixture' };
        }),
    );
    return {
      id: `e${i + 1}`,
      type: entity.type,
      name: entity.name,
      country: entity.country,
      org: null,
      sector: entity.sector ?? null,
      roles: [],
      kb: null,
      acronym: null,
      mentions: mentions.sort((a, b) => a.start - b.start),
    };
  });
  return {
    schema: ARTICLE_SCHEMA,
    id: 'a_fixture',
    kind: 'article',
    parent: null,
    position: 0,
    source: { uri: 'test:fixture', sha256: '', format: 'text', fetchedAt: null },
    language,
    title: null,
    lead: null,
    dateline: null,
    published: null,
    signoff: null,
    text,
    paragraphs,
    captions: [],
    entities: builtEntities,
    dates: dates.flatMap((date) =>
      occurrences(text, date.text).map((at) => ({
        start: at,
        end: at + date.text.length,
        text: date.text,
        value: date.value,
        grain: date.grain ?? 'day',
        anchor: 'none' as const,
        ruleId: 'test.fixture',
      })),
    ),
    events: [],
    story: null,
    diagnostics: [],
  };
}
