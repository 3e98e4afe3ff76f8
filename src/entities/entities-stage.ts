import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord, Dateline, Entity } from '../records/article.js';
import { createAnalysis, type Analysis } from './analysis.js';
import { buildEntities } from './build-entities.js';
import { findEthnicGroups } from './ethnic-groups.js';
import { findGazetteerMentions } from './find-gazetteer.js';
import { dropPlacesInInstrumentNames } from './instrument-names.js';
import { findOrganisations } from './find-organisations.js';
import { findPersons } from './find-persons.js';
import { findStreets } from './find-streets.js';
import {
  assignHomeCountry,
  organisationCountriesFromRoles,
  personCountriesFromOrganisations,
} from './home-country.js';
import { inferPersonCountries } from './infer-person-country.js';
import { assignKnownPersonCountries } from './known-persons.js';
import { assignPersonSectors } from './person-sector.js';
import { linkAcronyms, linkPersonRepeats, linkRoleAnaphors } from './link-mentions.js';
import { resolveCounterparts } from './resolve-counterparts.js';
import { findHomeAnaphors, resolveStateAnaphors } from './state-anaphors.js';

/** "M. Canton": a gazetteer word that a person's name took over is no longer a place mention. */
function dropMentionsInsidePersonNames(analysis: Analysis): void {
  analysis.mentions = analysis.mentions.filter(
    (mention) =>
      mention.type === 'person' ||
      !analysis.personCovered.subarray(mention.tokenStart, mention.tokenEnd).includes(1),
  );
}

/** Persons with roles, organisations, countries and places of a text, in French or English. */
export function extractEntities(
  text: string,
  language: string | null,
  dateline: Dateline | null = null,
): Entity[] {
  const analysis = createAnalysis(text, language);
  findGazetteerMentions(analysis);
  findStreets(analysis);
  const bareRoles = findPersons(analysis);
  dropMentionsInsidePersonNames(analysis);
  dropPlacesInInstrumentNames(analysis);
  findEthnicGroups(analysis);
  findOrganisations(analysis);
  resolveStateAnaphors(analysis);
  findHomeAnaphors(analysis);
  linkPersonRepeats(analysis);
  linkRoleAnaphors(analysis, bareRoles);
  resolveCounterparts(analysis);
  linkAcronyms(analysis);
  const entities = buildEntities(analysis);
  personCountriesFromOrganisations(entities);
  assignKnownPersonCountries(entities);
  inferPersonCountries(entities, analysis.lexicon, analysis.counterpartStates);
  organisationCountriesFromRoles(entities);
  assignHomeCountry(entities, dateline);
  assignPersonSectors(entities, analysis.lang);
  return entities;
}

/** Fills `record.entities` from `record.text` (after the language stage). */
export const entitiesStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'entities',
  run(record, ctx) {
    if (
      record.language !== null &&
      record.language !== 'fr' &&
      record.language !== 'en' &&
      record.language !== 'und'
    ) {
      ctx.report(
        'entities.unsupported-language',
        `no entity lexicon for language "${record.language}"`,
        undefined,
        'info',
      );
      return record;
    }
    record.entities = extractEntities(record.text, record.language, record.dateline);
    return record;
  },
};
