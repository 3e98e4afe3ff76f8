import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';
import { igoCameoCode } from './igo-codes.js';

function organisations(text: string, language: 'fr' | 'en'): Array<[string, string | null, string | null]> {
  return extractEntities(text, language)
    .filter((entity: Entity) => entity.type === 'organization')
    .map((entity) => [entity.name, entity.country, entity.org]);
}

describe('international organisations of the gazetteer', () => {
  it('reads regional bodies whole by their official French names', () => {
    expect(
      organisations(
        "La Commission du Mékong et le Forum des îles du Pacifique ont répondu à l'Union interparlementaire.",
        'fr',
      ),
    ).toEqual([
      ['Commission du Mékong', 'IGO', 'MRC'],
      ['Forum des îles du Pacifique', 'IGO', 'PIF'],
      ['Union interparlementaire', 'IGO', 'IPU'],
    ]);
  });

  it('reads the English names, the United Nations funds and the development banks', () => {
    expect(
      organisations(
        'The Mekong River Commission, the UN Population Fund and the Asian Infrastructure Investment Bank signed a memorandum.',
        'en',
      ),
    ).toEqual([
      ['Mekong River Commission', 'IGO', 'MRC'],
      ['UN Population Fund', 'IGO', 'UNFPA'],
      ['Asian Infrastructure Investment Bank', 'IGO', 'AIIB'],
    ]);
  });

  it('links an acronym in parentheses to its long form, French and English', () => {
    const fr = extractEntities(
      "La Conférence pour l'interaction et les mesures de confiance en Asie (CICA) a tenu son sommet.",
      'fr',
    );
    expect(fr.map((entity) => [entity.org, entity.mentions.length])).toEqual([['CICA', 2]]);
    const en = extractEntities('The Indian Ocean Rim Association (IORA) met; IORA members agreed.', 'en');
    expect(en.map((entity) => [entity.org, entity.mentions.length])).toEqual([['IORA', 3]]);
  });

  it('reads the ASEAN bodies whole: listed ones by their code, others as bodies of an IGO', () => {
    expect(
      organisations(
        "La Commission intergouvernementale de l'ASEAN sur les droits de l'homme a écrit au Secrétariat de l'ASEAN.",
        'fr',
      ),
    ).toEqual([
      ["Commission intergouvernementale de l'ASEAN sur les droits de l'homme", 'IGO', 'AICHR'],
      ["Secrétariat de l'ASEAN", 'IGO', 'ASEAN'],
    ]);
    const en = organisations('The ASEAN Coordinating Council thanked the ASEAN Secretariat.', 'en');
    expect(en).toContainEqual(['ASEAN Coordinating Council', 'IGO', null]);
    expect(en).toContainEqual(['ASEAN Secretariat', 'IGO', 'ASEAN']);
  });

  it("leaves a known acronym to another name it defines ('Public Investment Fund (PIF)')", () => {
    const en = organisations('He urged the Public Investment Fund (PIF) to invest in seaports.', 'en');
    expect(en).toEqual([['Public Investment Fund', null, null]]);
    expect(
      organisations('Les dirigeants du Forum des îles du Pacifique (PIF) se sont réunis.', 'fr'),
    ).toEqual([['Forum des îles du Pacifique', 'IGO', 'PIF']]);
  });

  it('gives each new organisation the code of its source', () => {
    expect(igoCameoCode('MRC')).toBe('IGOSEA');
    expect(igoCameoCode('CARICOM')).toBe('IGOCRB');
    expect(igoCameoCode('IPU')).toBe('IGOLEGIPU');
    expect(igoCameoCode('CICA')).toBe('IGOASACIC');
  });
});
