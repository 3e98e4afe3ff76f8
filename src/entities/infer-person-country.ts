import type { Entity } from '../records/article.js';
import { entryKeys, type EntityLexicon } from './lexicon.js';

/** A full Vietnamese name: a common family name, then one to three short syllables. */
function hasVietnameseNameShape(name: string, lexicon: EntityLexicon): boolean {
  const words = entryKeys(name).filter((word) => word !== '-');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    lexicon.vietnameseFamilyNames.has(words[0] ?? '') &&
    words.every((word) => word.length <= 6)
  );
}

function assign(entity: Entity, code: string, rule: string): void {
  entity.country = code;
  for (const role of entity.roles) {
    if (role.country) continue;
    role.country = code;
    role.ruleId = `${role.ruleId}.${rule}`;
  }
}

/**
 * Persons whose titles name no country ("le Premier ministre Pham Minh Chinh", "le ministre Bojan
 * Kumer"): a Vietnamese-shaped name acts for Vietnam; otherwise the person acts for the one state
 * of the article that no other person is known to act for, or, in an article on Vietnam and one
 * other state, for that state. A state a counterpart title names is taken. The roles say so in their
 * ruleId.
 */
export function inferPersonCountries(
  entities: Entity[],
  lexicon: EntityLexicon,
  counterpartStates: ReadonlySet<string> = new Set(),
): void {
  const unresolved = entities.filter(
    (entity) => entity.type === 'person' && !entity.country && entity.roles.length > 0,
  );
  // A Vietnamese-shaped name acts for Vietnam with or without a title ("Secretary of the Quang Ninh
  // provincial Party Committee Vu Van Dien", whose title the role reader could not take).
  for (const entity of entities) {
    if (entity.type !== 'person' || entity.country) continue;
    if (hasVietnameseNameShape(entity.name, lexicon)) assign(entity, 'VNM', 'country-from-name');
  }
  const states = entities
    .filter((entity) => entity.type === 'country' && entity.country)
    .map((entity) => entity.country as string);
  // A state named only as a counterpart's ("son homologue français") is the other side's, too.
  const claimed = new Set([
    ...entities
      .filter((entity) => entity.type === 'person' && entity.country)
      .map((entity) => entity.country),
    ...counterpartStates,
  ]);
  const unclaimed = states.filter((code) => !claimed.has(code));
  // The one state another person already acts for is that person's side, not this one's ("PM Chinh
  // received Singaporean Foreign Minister Vivian Balakrishnan"): then nothing is inferred here.
  const sole = states.length === 1 && !claimed.has(states[0]!) ? states[0] : undefined;
  const candidate = unclaimed.length === 1 ? unclaimed[0] : sole;
  const foreign = [...new Set(states.filter((code) => code !== 'VNM'))];
  for (const entity of unresolved) {
    if (entity.country) continue;
    if (candidate) assign(entity, candidate, 'country-inferred');
    else if (foreign.length === 1 && foreign[0] && states.includes('VNM'))
      assign(entity, foreign[0], 'country-inferred');
  }
}
