import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';
import { knownPersonCountry } from './known-persons.js';

/** [type, name, country, org, sector] of every entity, in order. */
function rows(
  text: string,
  language: 'fr' | 'en',
): Array<[string, string, string | null, string | null, string | null]> {
  return extractEntities(text, language).map((entity: Entity) => [
    entity.type,
    entity.name,
    entity.country,
    entity.org,
    entity.sector,
  ]);
}

function countryOf(text: string, language: 'fr' | 'en', name: string): string | null | undefined {
  return extractEntities(text, language).find((entity) => entity.name === name)?.country;
}

describe('demonyms the coder relies on', () => {
  it('reads short English demonyms and their plurals as their state', () => {
    const text =
      'Saudi, Emirati and Ivorian envoys met Serb, Croat and Azeri delegates; Swedes and Turks also came.';
    const codes = extractEntities(text, 'en')
      .filter((entity) => entity.type === 'country')
      .map((entity) => entity.country);
    expect(codes).toEqual(['SAU', 'ARE', 'CIV', 'SRB', 'HRV', 'AZE', 'SWE', 'TUR']);
  });

  it('reads French compound and alternative demonyms in every inflection', () => {
    const text =
      'Les délégations sud-coréenne, émiratie et bosniaque ont rencontré des diplomates azéris et des marins qataris.';
    const codes = extractEntities(text, 'fr')
      .filter((entity) => entity.type === 'country')
      .map((entity) => entity.country);
    expect(codes).toEqual(['KOR', 'ARE', 'BIH', 'AZE', 'QAT']);
  });

  it('reads French capitals under their French names', () => {
    const text = 'Kaboul a rejeté la demande, puis Bakou et Tbilissi ont répondu.';
    const codes = extractEntities(text, 'fr').map((entity) => entity.country);
    expect(codes).toEqual(['AFG', 'AZE', 'GEO']);
  });

  it('leaves a state name in an organ phrase to the state ("Chinese coast guard", "garde-côtes chinois")', () => {
    expect(rows('The Chinese coast guard boarded a Philippine vessel.', 'en')).toEqual([
      ['country', 'China', 'CHN', null, null],
      ['country', 'Philippines', 'PHL', null, null],
    ]);
    expect(
      rows('Les garde-côtes chinois ont arraisonné un navire vietnamien.', 'fr').map((row) => row[2]),
    ).toEqual(['CHN', 'VNM']);
  });
});

describe('seats of government', () => {
  it('makes a seat stand for its state with a sector', () => {
    expect(rows('The Kremlin rejected a statement by the Pentagon and the White House.', 'en')).toEqual([
      ['organization', 'Kremlin', 'RUS', null, 'GOV'],
      ['organization', 'Pentagon', 'USA', null, 'MIL'],
      ['organization', 'White House', 'USA', null, 'GOV'],
    ]);
  });

  it('keeps a French seat named after a street whole, not as a street or a town', () => {
    const entities = extractEntities("Le Quai d'Orsay a convoqué l'ambassadeur ; l'Élysée s'est tu.", 'fr');
    expect(entities.map((entity) => [entity.type, entity.name, entity.country])).toEqual([
      ['organization', "Quai d'Orsay", 'FRA'],
      ['organization', 'Élysée', 'FRA'],
    ]);
    expect(entities[0]?.mentions[0]?.ruleId).toBe('fr.org.seat');
  });
});

describe('organisations of a state named in a possessive', () => {
  it('gives a named organ the state of an English possessive ("Burundi\'s Foreign Ministry")', () => {
    const text = "Burundi's Foreign Ministry and the Ivory Coast's Supreme Court replied.";
    expect(countryOf(text, 'en', 'Foreign Ministry')).toBe('BDI');
    expect(countryOf(text, 'en', 'Supreme Court')).toBe('CIV');
  });

  it('leaves an organ without a state named before it without a country', () => {
    expect(countryOf('The Supreme Court ruled on Monday.', 'en', 'Supreme Court')).toBeNull();
  });
});

describe('international organisations', () => {
  it('codes regional and specialised organisations with their acronyms, in both languages', () => {
    const en = extractEntities('The Arab League, ECOWAS, the UNHCR and the Red Crescent met.', 'en');
    expect(en.map((entity) => [entity.country, entity.org])).toEqual([
      ['IGO', 'ARAB_LEAGUE'],
      ['IGO', 'ECOWAS'],
      ['IGO', 'UNHCR'],
      ['IGO', 'IFRC'],
    ]);
    const fr = extractEntities(
      "La Ligue arabe, la CEDEAO et l'Organisation de la coopération islamique ont réagi.",
      'fr',
    );
    expect(fr.map((entity) => entity.org)).toEqual(['ARAB_LEAGUE', 'ECOWAS', 'OIC']);
  });
});

describe('persons: the state or organisation a title serves', () => {
  it('takes an IGO named before an English title as the one served', () => {
    const text = 'UN Secretary-General Ana Lopez and Arab League envoy Omar Haddad called on Iraq to comply.';
    const entities = extractEntities(text, 'en');
    const person = (name: string): Entity | undefined => entities.find((entity) => entity.name === name);
    expect(person('Ana Lopez')).toMatchObject({ country: 'IGO', sector: 'GOV' });
    expect(person('Omar Haddad')).toMatchObject({ country: 'IGO' });
  });

  it('takes a possessive state before a title, even an ambiguous name ("Niger\'s ambassador")', () => {
    const text = "Niger's ambassador Amadou Issa was received by Jordan's King Hassan Ali.";
    expect(countryOf(text, 'en', 'Amadou Issa')).toBe('NER');
    expect(countryOf(text, 'en', 'Hassan Ali')).toBe('JOR');
  });

  it('does not read a name before a possessive as a state', () => {
    const entities = extractEntities("Michael Jordan's coach said so.", 'en');
    expect(entities.some((entity) => entity.country === 'JOR')).toBe(false);
  });

  it('reads demonym and possessive titles, before and after the name', () => {
    expect(countryOf('Indonesian Foreign Minister Dewi Lestari met the press.', 'en', 'Dewi Lestari')).toBe(
      'IDN',
    );
    expect(
      countryOf("Dewi Lestari, Indonesia's foreign minister, said talks would resume.", 'en', 'Dewi Lestari'),
    ).toBe('IDN');
    expect(
      countryOf(
        'Le ministre indonésien des Affaires étrangères, Budi Santoso, a rencontré la presse.',
        'fr',
        'Budi Santoso',
      ),
    ).toBe('IDN');
  });

  it('keeps civilian "general" titles civilian and ranks military', () => {
    const text =
      'Le secrétaire général de l’ONU, Paul Martin, a reçu le général Ivan Petrov, chef d’état-major russe.';
    const entities = extractEntities(text, 'fr');
    expect(entities.find((entity) => entity.name === 'Paul Martin')).toMatchObject({
      country: 'IGO',
      sector: 'GOV',
    });
    expect(
      extractEntities('Director-General Sam Reed of Egypt met General Omar Salem of Egypt.', 'en')
        .filter((entity) => entity.type === 'person')
        .map((entity) => entity.sector),
    ).toEqual(['GOV', 'MIL']);
  });
});

describe('known political figures (CAMEO country dictionary)', () => {
  it('gives a titled person without a state named the state the dictionary knows', () => {
    const entities = extractEntities('Moroccan diplomats met President Obama at a lunch in Rabat.', 'en');
    expect(entities.find((entity) => entity.name === 'Obama')).toMatchObject({ country: 'USA' });
    expect(entities.find((entity) => entity.name === 'Obama')?.roles[0]?.ruleId).toBe(
      'en.role.title-name.country-from-kb',
    );
  });

  it('never overrides the state a title names', () => {
    const text = 'Le ministre malien des Affaires étrangères, Sergueï Lavrov, a répondu.';
    expect(countryOf(text, 'fr', 'Sergueï Lavrov')).toBe('MLI');
  });

  it('reads full names in any case and hyphenation, surnames alone only for one-word names', () => {
    expect(knownPersonCountry('Barack Obama')).toBe('USA');
    expect(knownPersonCountry('YOWERI MUSEVENI')).toBe('UGA');
    expect(knownPersonCountry('Lavrov')).toBe('RUS');
    expect(knownPersonCountry('Jane Lavrov')).toBeNull();
    expect(knownPersonCountry('Davis')).toBeNull();
  });

  it('reads the Arabic article in any transliteration, hyphenated to the name or not', () => {
    expect(knownPersonCountry('Bashar El Assad')).toBe('SYR');
    expect(knownPersonCountry('Bashar al-Assad')).toBe('SYR');
    const text = 'President Bashar al-Assad spoke to reporters.';
    expect(countryOf(text, 'en', 'Bashar al-Assad')).toBe('SYR');
  });
});

describe('armed groups bound to one state (CAMEO non-state actor dictionary)', () => {
  it('makes a group stand for its state with the REB sector, in French and English', () => {
    expect(rows('The PKK and the Taliban rejected the offer.', 'en')).toEqual([
      ['organization', 'PKK', 'TUR', null, 'REB'],
      ['organization', 'Taliban', 'AFG', null, 'REB'],
    ]);
    const fr = extractEntities('Le Hezbollah a rejeté l’offre.', 'fr');
    expect(fr[0]).toMatchObject({ name: 'Hezbollah', country: 'LBN', sector: 'REB' });
    expect(fr[0]?.mentions[0]?.ruleId).toBe('fr.org.armed-group');
  });

  it('leaves a person listed with a group to the person', () => {
    const entities = extractEntities('Sheikh Omar Haddad said the PKK would fight.', 'en');
    expect(entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual([
      'PKK',
    ]);
  });
});
