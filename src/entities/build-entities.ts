import type { Entity, Role, RuleSpan } from '../records/article.js';
import type { Analysis, MentionDraft } from './analysis.js';
import { orgOfEntityKey } from './igo-codes.js';
import { entryKeys, labelIn } from './lexicon.js';

interface EntityDraft {
  key: string;
  mentions: MentionDraft[];
}

/** Countries take the gazetteer label; other entities their longest full-name mention (IGO acronyms carry the long name). */
function canonicalName(mentions: readonly MentionDraft[], analysis: Analysis): string {
  const first = mentions[0];
  if (first?.type === 'country') {
    const code = first.country ?? '';
    const labels = analysis.lexicon.countryLabels.get(code);
    return (labels && labelIn(labels, analysis.lang.code)) ?? code;
  }
  const named = mentions.filter((mention) => mention.form === 'name');
  const pool = named.length > 0 ? named : mentions;
  let best = pool[0]?.name ?? '';
  for (const mention of pool) if (mention.name.length > best.length) best = mention.name;
  return best;
}

function uniqueRoles(mentions: readonly MentionDraft[]): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    const role = mention.role;
    if (!role) continue;
    const key = `${role.title}\u0000${role.country ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push(role);
  }
  return roles;
}

/** Whether a title is a past one: "former Estonian prime minister", "l'ancien ministre". */
function isFormerRole(role: Role, analysis: Analysis): boolean {
  const first = entryKeys(role.title)[0];
  return first !== undefined && analysis.lang.formerModifiers.has(first);
}

/**
 * The state of the first role the person holds now: a former role ("herself a former Estonian prime
 * minister", "l'ancien Premier ministre estonien") gives no acting state beside a current one.
 */
function currentRoleCountry(roles: readonly Role[], analysis: Analysis): string | null {
  return roles.find((role) => role.country !== null && !isFormerRole(role, analysis))?.country ?? null;
}

function mentionSpans(mentions: readonly MentionDraft[], analysis: Analysis): RuleSpan[] {
  const spans = new Map<string, RuleSpan>();
  for (const mention of mentions) {
    const start = analysis.tokens[mention.tokenStart]?.start ?? 0;
    const end = analysis.tokens[mention.tokenEnd - 1]?.end ?? start;
    const key = `${start}:${end}`;
    if (!spans.has(key)) spans.set(key, { start, end, ruleId: mention.ruleId });
  }
  return [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Group mention drafts by entity key into `Entity` records, ordered by first mention, ids e1, e2, … */
export function buildEntities(analysis: Analysis): Entity[] {
  const groups = new Map<string, EntityDraft>();
  for (const mention of analysis.mentions) {
    const group = groups.get(mention.key) ?? { key: mention.key, mentions: [] };
    group.mentions.push(mention);
    groups.set(mention.key, group);
  }
  const entities = [...groups.values()].map((group) => {
    const mentions = [...group.mentions].sort((a, b) => a.tokenStart - b.tokenStart);
    const first = mentions[0];
    const roles = uniqueRoles(mentions);
    const country =
      currentRoleCountry(roles, analysis) ??
      roles.find((role) => role.country !== null)?.country ??
      mentions.find((mention) => mention.country)?.country ??
      null;
    const entity: Entity = {
      id: '',
      type: first?.type ?? 'place',
      name: canonicalName(mentions, analysis),
      country,
      org: orgOfEntityKey(group.key),
      sector: mentions.find((mention) => mention.sector)?.sector ?? null,
      roles,
      kb: null,
      acronym: mentions.find((mention) => mention.acronym)?.acronym ?? null,
      mentions: mentionSpans(mentions, analysis),
    };
    return entity;
  });
  entities.sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || a.name.localeCompare(b.name),
  );
  entities.forEach((entity, index) => {
    entity.id = `e${index + 1}`;
  });
  return entities;
}
