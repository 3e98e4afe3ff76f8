import type { ArticleRecord, EntityType, Span } from '../records/article.js';

/** An entity mention that can stand for an actor: it carries a country (or "IGO") code. */
export interface ActorMention {
  start: number;
  end: number;
  entity: string;
  type: EntityType;
  code: string;
  sector: string | null;
  name: string;
  /** The organisation code of an IGO entity ("ASEAN"), else null. */
  org: string | null;
  /** A person's titles in the text ("US Ambassador to the Philippines"): what they name is the title's. */
  titles?: ReadonlyArray<{ start: number; end: number }>;
}

/** Every mention of an entity with a code, sorted by position (persons by the country they serve). */
export function actorMentions(record: ArticleRecord): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const entity of record.entities) {
    const code = entity.country ?? entity.roles.find((role) => role.country)?.country ?? null;
    if (!code) continue;
    const titles = entity.roles.map((role) => ({ start: role.start, end: role.end }));
    for (const mention of entity.mentions) {
      mentions.push({
        start: mention.start,
        end: mention.end,
        entity: entity.id,
        type: entity.type,
        code,
        sector: entity.sector,
        name: entity.name,
        org: entity.org,
        ...(titles.length > 0 ? { titles } : {}),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end || a.entity.localeCompare(b.entity));
}

/** Index of the first mention starting at or after `offset` (binary search). */
export function firstMentionFrom(mentions: readonly ActorMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The article's dyad: its two most mentioned parties, states or international organisations ("the
 * EU imposed sanctions on Belarus… Belarus condemned the decision"; persons count for the state they
 * serve), ties broken by first mention. Used for "les deux parties" / "both sides".
 */
export function articleDyad(mentions: readonly ActorMention[]): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const mention of mentions) {
    const entry = counts.get(mention.code);
    if (entry) entry.count++;
    else counts.set(mention.code, { count: 1, first: mention.start });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([code]) => code);
}

/**
 * The state an article is about: the state code (not an organisation) named most, in at least two of
 * its paragraphs and more often than any other state; null when no state stands out.
 */
export function articleFocus(mentions: readonly ActorMention[], paragraphs: readonly Span[]): string | null {
  const counts = new Map<string, { count: number; paragraphs: Set<number> }>();
  for (const mention of mentions) {
    if (mention.code === 'IGO') continue;
    const entry = counts.get(mention.code) ?? { count: 0, paragraphs: new Set<number>() };
    entry.count++;
    entry.paragraphs.add(paragraphs.findIndex((p) => p.start <= mention.start && mention.start < p.end));
    counts.set(mention.code, entry);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  if (!first || first[1].paragraphs.size < 2 || (second && second[1].count >= first[1].count)) return null;
  return first[0];
}

/** For each code, the mention that stands for it: its first country mention, else its first mention. */
export function representatives(mentions: readonly ActorMention[]): Map<string, ActorMention> {
  const byCode = new Map<string, ActorMention>();
  for (const mention of mentions) {
    const known = byCode.get(mention.code);
    if (!known || (known.type !== 'country' && mention.type === 'country')) byCode.set(mention.code, mention);
  }
  return byCode;
}
