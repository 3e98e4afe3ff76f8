import { agencyHomeCountry } from '../extract/news-agencies.js';
import type { Dateline, Entity } from '../records/article.js';
import { entryKeys } from './lexicon.js';

const folded = (text: string): string => entryKeys(text).join(' ');

/** National bodies: organisations of no international organisation, with no state of their own yet. */
function stateless(entity: Entity): boolean {
  return entity.type === 'organization' && !entity.country && !entity.org;
}

/**
 * An organisation named in the role of a person who acts for a state is that state's ("la
 * porte-parole du ministère des Affaires étrangères, Pham Thu Hang" → the ministry is Vietnam's).
 */
export function organisationCountriesFromRoles(entities: Entity[]): void {
  const roles = entities.flatMap((entity) =>
    entity.type === 'person' ? entity.roles.filter((role) => role.country) : [],
  );
  for (const entity of entities.filter(stateless)) {
    const name = folded(entity.name);
    const role = roles.find(
      (candidate) =>
        folded(candidate.title).includes(name) ||
        entity.mentions.some((mention) => mention.start >= candidate.start && mention.end <= candidate.end),
    );
    if (role?.country) entity.country = role.country;
  }
}

/**
 * "Commission President X" beside "the European Commission": a title opening on the head word that
 * closes a longer organisation name of the text serves that organisation.
 */
function namesBodyByHead(title: string, body: string): boolean {
  const titleWords = folded(title).split(/\s+/);
  const bodyWords = folded(body).split(/\s+/);
  return titleWords.length >= 2 && bodyWords.length >= 2 && titleWords[0] === bodyWords.at(-1);
}

/**
 * A title that an organisation's name covers ("UN High Commissioner for Human Rights Paul Weber": the
 * gazetteer reads the office as the organisation) serves that organisation's state or `IGO`, and so
 * does a title named after its head ("Commission President X" beside "the European Commission"),
 * even for a person the knowledge base gives a state: the title they hold now says whom they serve.
 */
export function personCountriesFromOrganisations(entities: Entity[]): void {
  const bodies = entities.filter((entity) => entity.type === 'organization' && entity.country);
  for (const person of entities) {
    if (person.type !== 'person' || person.country) continue;
    for (const role of person.roles) {
      if (role.country) continue;
      const body =
        bodies.find((entity) =>
          entity.mentions.some((mention) => mention.start < role.end && mention.end > role.start),
        ) ?? bodies.find((entity) => namesBodyByHead(role.title, entity.name));
      if (!body?.country) continue;
      role.country = body.country;
      role.ruleId = `${role.ruleId}.country-from-organisation`;
      person.country ??= body.country;
    }
  }
}

/**
 * A national agency filing from home ("Hanoï (VNA) –", or no place) reports on its own government:
 * an unqualified national body ("le ministère des Affaires étrangères") or official with no state
 * of their own is that agency's state. A report filed from abroad ("Pékin (VNA) –") may speak of
 * the host's bodies, so nothing is assumed there. A national news agency named in the text ("selon
 * l'agence Xinhua") is its own state's.
 */
export function assignHomeCountry(entities: Entity[], dateline: Dateline | null): void {
  // "selon l'agence Xinhua": a national news agency is its own state's, wherever the report is filed.
  for (const entity of entities.filter(stateless)) {
    const agencyState = agencyHomeCountry(entity.name);
    if (agencyState) entity.country = agencyState;
  }
  const home = dateline?.agency ? agencyHomeCountry(dateline.agency) : undefined;
  if (!home || !dateline) return;
  if (dateline.place) {
    const place = folded(dateline.place);
    const where = entities.find(
      (entity) => (entity.type === 'place' || entity.type === 'country') && folded(entity.name) === place,
    );
    if (where?.country !== home) return;
  }
  for (const entity of entities) {
    if (stateless(entity)) entity.country = home;
    if (entity.type !== 'person' || entity.country || entity.roles.length === 0) continue;
    entity.country = home;
    for (const role of entity.roles) {
      if (role.country) continue;
      role.country = home;
      role.ruleId = `${role.ruleId}.country-from-agency`;
    }
  }
}
