import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord, Entity } from '../records/article.js';
import { createAnalysis } from './analysis.js';
import { buildEntities } from './build-entities.js';
import { findGazetteerMentions } from './find-gazetteer.js';
import { findOrganisations } from './find-organisations.js';
import { findPersons } from './find-persons.js';
import { findStreets } from './find-streets.js';
import { inferPersonCountries } from './infer-person-country.js';
import { linkAcronyms, linkPersonRepeats, linkRoleAnaphors } from './link-mentions.js';

/** Persons with roles, organisations, countries and places of a text, in French or English. */
export function extractEntities(text: string, language: string | null): Entity[] {
  const analysis = createAnalysis(text, language);
  findGazetteerMentions(analysis);
  findStreets(analysis);
  const bareRoles = findPersons(analysis);
  findOrganisations(analysis);
  linkPersonRepeats(analysis);
  linkRoleAnaphors(analysis, bareRoles);
  linkAcronyms(analysis);
  const entities = buildEntities(analysis);
  inferPersonCountries(entities, analysis.lexicon);
  return entities;
}

/** Fills `record.entities` from `record.text` (after the language stage). */
export const entitiesStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'entities',
  run(record, ctx) {
    if (record.language !== null && record.language !== 'fr' && record.language !== 'en' && record.language !== 'und') {
      ctx.report('entities.unsupported-language', `no entity lexicon for language "${record.language}"`, undefined, 'info');
      return record;
    }
    record.entities = extractEntities(record.text, record.language);
    return record;
  },
};
