import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';

const groups = (entities: readonly Entity[]): Array<[string, string | null]> =>
  entities.filter((entity) => entity.type === 'organization').map((entity) => [entity.name, entity.country]);

describe('ethnic groups', () => {
  it('codes a people marked as an ethnicity by the state it lives in', () => {
    const entities = extractEntities('Ethnic Hungarians rallied in central Romania on Sunday.', 'en');
    expect(groups(entities)).toEqual([['Ethnic Hungarians', 'ROU']]);
    expect(entities.some((entity) => entity.country === 'HUN')).toBe(false);
    expect(entities[0]?.mentions[0]?.ruleId).toBe('en.group.ethnic');
  });

  it('reads the French markers before and after the demonym', () => {
    expect(groups(extractEntities('Des Serbes de souche ont manifesté en Croatie.', 'fr'))).toEqual([
      ['Serbes de souche', 'HRV'],
    ]);
    expect(
      groups(extractEntities("Des Allemands d'origine turque ont défilé jeudi à Berlin.", 'fr')).map(
        ([, code]) => code,
      ),
    ).toEqual(['DEU']);
  });

  it('codes a people placed by "of"/"de" after a plural demonym by that place', () => {
    expect(groups(extractEntities('The Serbs of Croatia boycotted the vote.', 'en'))).toEqual([
      ['Serbs', 'HRV'],
    ]);
    expect(groups(extractEntities('The Russians of eastern Ukraine voted.', 'en'))).toEqual([
      ['Russians', 'UKR'],
    ]);
    expect(groups(extractEntities("Les Serbes de Bosnie ont boycotté l'élection.", 'fr'))).toEqual([
      ['Serbes', 'BIH'],
    ]);
    // An adjective or a singular demonym is no people: "Russian troops of the western district".
    expect(groups(extractEntities('Russian troops of the western district moved.', 'en'))).toEqual([]);
    expect(groups(extractEntities('Les forces serbes de Bosnie ont reculé.', 'fr'))).toEqual([]);
  });

  it('leaves a demonym without the marker, or with no other state in its sentence, to its state', () => {
    expect(groups(extractEntities('Hungarian officials met in Bucharest.', 'en'))).toEqual([]);
    const alone = extractEntities('Ethnic Russians gathered on the square. Poland protested.', 'en');
    expect(groups(alone)).toEqual([]);
    expect(alone[0]?.country).toBe('RUS');
  });

  it('reads Macedonia, the state name used until 2019, and Bosnia alone', () => {
    expect(extractEntities('Macedonia closed its border.', 'en')[0]?.country).toBe('MKD');
    expect(extractEntities('Bosnia closed its border.', 'en')[0]?.country).toBe('BIH');
    expect(extractEntities('La Bosnie a fermé sa frontière.', 'fr')[0]?.country).toBe('BIH');
  });
});
