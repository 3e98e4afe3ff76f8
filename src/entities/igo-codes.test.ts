import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities-stage.js';
import { igoCameoCode, orgOfEntityKey, sideActorCode } from './igo-codes.js';

describe('international organisation codes', () => {
  it('gives the main organisations the CAMEO actor codebook codes beside the generic IGO', () => {
    expect(igoCameoCode('UN')).toBe('IGOUNO');
    expect(igoCameoCode('ASEAN')).toBe('IGOASN');
    expect(igoCameoCode('EU')).toBe('IGOEEC');
    expect(igoCameoCode('WHO')).toBe('IGOUNOWHO');
    expect(igoCameoCode('OPEC')).toBe('IGOOPC');
    expect(igoCameoCode('nothing')).toBeNull();
  });

  it('codes an IGO side by its organisation, other sides by their country', () => {
    expect(sideActorCode({ code: 'IGO', org: 'NATO' })).toBe('IGOWSTNAT');
    expect(sideActorCode({ code: 'IGO' })).toBe('IGO');
    expect(sideActorCode({ code: 'VNM' })).toBe('VNM');
    expect(orgOfEntityKey('org:igo:WTO')).toBe('WTO');
    expect(orgOfEntityKey('country:VNM')).toBeNull();
  });

  it('sets the organisation code on IGO entities, French and English, and null elsewhere', () => {
    const fr = extractEntities("L'OTAN et l'Organisation mondiale de la santé ont salué le Brésil.", 'fr');
    expect(fr.map((entity) => [entity.country, entity.org])).toEqual([
      ['IGO', 'NATO'],
      ['IGO', 'WHO'],
      ['BRA', null],
    ]);
    const en = extractEntities('OPEC and the World Bank met in Vienna.', 'en');
    expect(en.filter((entity) => entity.type === 'organization').map((entity) => entity.org)).toEqual([
      'OPEC',
      'WB',
    ]);
  });
});
