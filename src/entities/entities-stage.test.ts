import { describe, expect, it } from 'vitest';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { Entity } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { entitiesStage, extractEntities } from './entities-stage.js';

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name);
}

function surfaces(text: string, entity: Entity | undefined): string[] {
  return (entity?.mentions ?? []).map((mention) => text.slice(mention.start, mention.end));
}

describe('countries', () => {
  it('reads French names, variants without accents and every demonym inflection', () => {
    const text =
      'Les Russes, la Russie et les entreprises vietnamiennes ; le Việt Nam, les Etats-Unis, la Corée du Sud et le Laos.';
    const entities = extractEntities(text, 'fr');
    const codes = entities.filter((entity) => entity.type === 'country').map((entity) => entity.country);
    expect(codes).toEqual(['RUS', 'VNM', 'USA', 'KOR', 'LAO']);
    expect(surfaces(text, byName(entities, 'Russie'))).toEqual(['Russes', 'Russie']);
    expect(byName(entities, 'Russie')?.mentions[0]?.ruleId).toBe('fr.country.demonym');
  });

  it('reads English names and demonyms', () => {
    const entities = extractEntities('Russian and Vietnamese officials met in Viet Nam.', 'en');
    expect(entities.filter((entity) => entity.type === 'country').map((entity) => entity.country)).toEqual([
      'RUS',
      'VNM',
    ]);
  });

  it('reads "Turkey" after a verb as the state (the bird is written in lower case)', () => {
    const entities = extractEntities('Syria accused Turkey of shelling villages.', 'en');
    expect(entities.filter((entity) => entity.type === 'country').map((entity) => entity.country)).toEqual([
      'SYR',
      'TUR',
    ]);
  });

  it('reads no state in a currency ("US$8 billion", "dollars US") but the state beside it', () => {
    const english = extractEntities('Trade reached US$8 billion, and the US welcomed it.', 'en');
    expect(byName(english, 'United States')?.mentions.length).toBe(1);
    const french = extractEntities('Les échanges ont atteint 8 milliards de dollars US.', 'fr');
    expect(french.filter((entity) => entity.type === 'country')).toEqual([]);
  });

  it('takes a capital for its state only in subject position', () => {
    const text = 'Moscou a annoncé de nouvelles mesures. La délégation est arrivée à Moscou.';
    const entities = extractEntities(text, 'fr');
    expect(byName(entities, 'Russie')?.mentions).toEqual([
      { start: 0, end: 6, ruleId: 'fr.country.capital-metonym' },
    ]);
    expect(byName(entities, 'Moscou')).toMatchObject({ type: 'place', country: 'RUS' });
  });

  it('takes a name that is also a first name for a country only after a preposition or article', () => {
    expect(
      extractEntities('Jordan Henderson met officials.', 'en').map((entity) => entity.country),
    ).not.toContain('JOR');
    expect(
      extractEntities('Vietnam held talks with Jordan.', 'en').map((entity) => entity.country),
    ).toContain('JOR');
  });

  it('does not read a territory for a state demonym', () => {
    const entities = extractEntities('La partie américaine a répondu.', 'fr');
    expect(entities.map((entity) => entity.country)).toEqual(['USA']);
  });
});

describe('persons with roles', () => {
  it('links the apposition, the title anaphors and the surname to one person', () => {
    const text =
      "Le vice-ministre russe des Affaires étrangères, Igor Morgulov, a reçu l'ambassadeur Dang Minh Khoi. " +
      'Le diplomate russe a salué les relations. Le ministre a ajouté que Morgulov restait confiant.';
    const entities = extractEntities(text, 'fr');
    const morgulov = byName(entities, 'Igor Morgulov');
    expect(morgulov?.country).toBe('RUS');
    expect(surfaces(text, morgulov)).toEqual([
      'Igor Morgulov',
      'Le diplomate russe',
      'Le ministre',
      'Morgulov',
    ]);
    expect(morgulov?.mentions.map((mention) => mention.ruleId)).toEqual([
      'fr.person.apposition',
      'fr.person.title-anaphor',
      'fr.person.title-anaphor',
      'fr.person.surname',
    ]);
  });

  it('gives a titled person no state that another person of the text already acts for', () => {
    const text = 'PM Chinh received Singaporean Foreign Minister Vivian Balakrishnan in Hanoi.';
    expect(byName(extractEntities(text, 'en'), 'Chinh')?.country).toBeNull();
    const home = extractEntities(text, 'en', { place: 'Hanoi', agency: 'VNA', start: 0, end: 0 });
    expect(byName(home, 'Chinh')?.country).toBe('VNM');
    expect(byName(home, 'Vivian Balakrishnan')?.country).toBe('SGP');
  });

  it('gives a titled person no state that only a counterpart title names ("son homologue français")', () => {
    const fr = extractEntities('Le ministre Jan Novak a rencontré à Lyon son homologue français.', 'fr');
    expect(byName(fr, 'Jan Novak')?.country).toBeNull();
    const en = extractEntities('Minister Jan Novak met his French counterpart in Lyon.', 'en');
    expect(byName(en, 'Jan Novak')?.country).toBeNull();
    const alone = extractEntities('Le ministre Jan Novak a visité Lyon, en France.', 'fr');
    expect(byName(alone, 'Jan Novak')?.country).toBe('FRA');
  });

  it('takes the served country from "du Vietnam en Russie", not the posting', () => {
    const entities = extractEntities("L'ambassadeur du Vietnam en Russie, Dang Minh Khoi, est arrivé.", 'fr');
    expect(byName(entities, 'Dang Minh Khoi')?.roles).toEqual([
      expect.objectContaining({
        title: 'ambassadeur du Vietnam en Russie',
        country: 'VNM',
        ruleId: 'fr.role.apposition',
      }),
    ]);
  });

  it('reads "son homologue russe Sergueï Lavrov" and hyphenated names', () => {
    const text = 'Il a rencontré son homologue russe Sergueï Lavrov puis le président Jean-Claude Juncker.';
    const entities = extractEntities(text, 'fr');
    expect(byName(entities, 'Sergueï Lavrov')).toMatchObject({
      country: 'RUS',
      roles: [expect.objectContaining({ title: 'homologue russe' })],
    });
    expect(byName(entities, 'Jean-Claude Juncker')?.type).toBe('person');
  });

  it('reads English titles before names and later surnames', () => {
    const text =
      'Deputy Foreign Minister Igor Morgulov met Vietnamese Ambassador Dang Minh Khoi. Morgulov said ties were strong.';
    const entities = extractEntities(text, 'en');
    const morgulov = byName(entities, 'Igor Morgulov');
    expect(morgulov?.roles[0]?.title).toBe('Deputy Foreign Minister');
    expect(surfaces(text, morgulov)).toEqual(['Igor Morgulov', 'Morgulov']);
    expect(byName(entities, 'Dang Minh Khoi')).toMatchObject({
      country: 'VNM',
      roles: [expect.objectContaining({ title: 'Vietnamese Ambassador' })],
    });
  });

  it('links a later family name to a name ending with a generational suffix ("Jr.")', () => {
    const text = 'Chilean President Alberto Ruiz Soto Jr. met Dang Minh Khoi. Soto thanked Vietnam.';
    const entities = extractEntities(text, 'en');
    expect(
      surfaces(
        text,
        entities.find((entity) => entity.name.startsWith('Alberto Ruiz Soto')),
      ),
    ).toEqual(['Alberto Ruiz Soto Jr', 'Soto']);
  });

  it('links the later mentions of a one-word name found after a title, or gives it to the longer name it opens', () => {
    const text = 'Ambassador Dang Minh Khoi met Chilean President Valdivia. Valdivia thanked Vietnam.';
    const entities = extractEntities(text, 'en');
    expect(surfaces(text, byName(entities, 'Valdivia'))).toEqual(['Valdivia', 'Valdivia']);
    const longer =
      'Chilean President Valdivia Rojas met Ambassador Dang Minh Khoi. Later, Dang Minh Khoi met President Valdivia.';
    expect(surfaces(longer, byName(extractEntities(longer, 'en'), 'Valdivia Rojas'))).toEqual([
      'Valdivia Rojas',
      'Valdivia',
    ]);
  });

  it('reads an English ministry of several portfolios before a name ("of Economy, Trade and Industry")', () => {
    const text =
      'Indonesian Minister of Energy and Mineral Resources Arifin Tasrif met Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung.';
    const entities = extractEntities(text, 'en');
    expect(byName(entities, 'Arifin Tasrif')).toMatchObject({
      country: 'IDN',
      roles: [expect.objectContaining({ title: 'Indonesian Minister of Energy and Mineral Resources' })],
    });
    expect(byName(entities, 'Dao Ngoc Dung')?.roles[0]?.title).toBe(
      'Minister of Labour, Invalids and Social Affairs',
    );
  });

  it('links a two-letter given name to a Vietnamese name of three words ("Vu"), never a function word', () => {
    const text =
      'Deputy Foreign Minister Nguyen Minh Vu met Russian Deputy Foreign Minister Andrey Rudenko. Vu asked Russia to help. An agreement was signed.';
    const entities = extractEntities(text, 'en');
    expect(surfaces(text, byName(entities, 'Nguyen Minh Vu'))).toEqual(['Nguyen Minh Vu', 'Vu']);
  });

  it('links "M. Ha" to a Vietnamese name of three words ending in "Ha"', () => {
    const text =
      "Le vice-Premier ministre Tran Hong Ha a reçu l'ambassadeur du Japon. M. Ha a proposé une coopération.";
    const entities = extractEntities(text, 'fr');
    expect(surfaces(text, byName(entities, 'Tran Hong Ha'))).toEqual(['Tran Hong Ha', 'M. Ha']);
  });

  it('links a later first name alone to the one person it opens ("Sonexay"), never a shared one ("Ahmad")', () => {
    const text =
      'Thai Prime Minister Paetongtarn Shinawatra met Malaysian Prime Minister Anwar Ibrahim, ' +
      'Deputy Prime Minister Ahmad Zahid Hamidi and Deputy Minister Ahmad Maslan. ' +
      'Paetongtarn thanked Anwar. Ahmad spoke later.';
    const entities = extractEntities(text, 'en');
    expect(surfaces(text, byName(entities, 'Paetongtarn Shinawatra'))).toEqual([
      'Paetongtarn Shinawatra',
      'Paetongtarn',
    ]);
    expect(surfaces(text, byName(entities, 'Anwar Ibrahim'))).toEqual(['Anwar Ibrahim', 'Anwar']);
    expect(surfaces(text, byName(entities, 'Ahmad Zahid Hamidi'))).toEqual(['Ahmad Zahid Hamidi']);
    expect(surfaces(text, byName(entities, 'Ahmad Maslan'))).toEqual(['Ahmad Maslan']);
  });

  it('reads a name after a title even when its first word is no name elsewhere ("To Lam")', () => {
    const text = 'General Secretary To Lam met President Joe Biden. Lam said ties were strong.';
    const entities = extractEntities(text, 'en');
    expect(surfaces(text, byName(entities, 'To Lam'))).toEqual(['To Lam', 'Lam']);
    expect(extractEntities('To Lam met Biden.', 'en').filter((entity) => entity.type === 'person')).toEqual(
      [],
    );
  });

  it('reads a given name that is also a place as a name after a title ("Prime Minister Lawrence Wong")', () => {
    const text = 'Singaporean Prime Minister Lawrence Wong met President Tharman Shanmugaratnam.';
    const entities = extractEntities(text, 'en');
    expect(byName(entities, 'Lawrence Wong')).toMatchObject({ type: 'person', country: 'SGP' });
    expect(entities.some((entity) => entity.type === 'place')).toBe(false);
  });

  it('reads a Vietnamese name with or without diacritics', () => {
    expect(
      byName(extractEntities('Hier, Phạm Minh Chính a reçu la délégation.', 'fr'), 'Phạm Minh Chính')?.type,
    ).toBe('person');
    expect(
      byName(extractEntities('Hier, Pham Minh Chinh a reçu la délégation.', 'fr'), 'Pham Minh Chinh')?.type,
    ).toBe('person');
  });

  it('reads an English title whose portfolio ends on "Policy" or "Human Rights", and "High" before it', () => {
    const entities = extractEntities(
      'EU High Representative for Foreign Affairs and Security Policy Anna Berg met UN High Commissioner for Human Rights Paul Weber.',
      'en',
    );
    expect(byName(entities, 'Anna Berg')?.roles[0]?.title).toBe(
      'EU High Representative for Foreign Affairs and Security Policy',
    );
    expect(byName(entities, 'Anna Berg')?.country).toBe('IGO');
    expect(byName(entities, 'Paul Weber')?.roles[0]?.title).toBe('High Commissioner for Human Rights');
    expect(byName(entities, 'Paul Weber')?.country).toBe('IGO');
  });

  it('reads a Vietnamese syllable spelt like a title as part of the name ("Do Duc Hai", not duc)', () => {
    const fr = extractEntities('Le vice-ministre Le Duc Thang a reçu le ministre Do Duc Hai.', 'fr');
    expect(fr.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual([
      'Le Duc Thang',
      'Do Duc Hai',
    ]);
    expect(byName(fr, 'Do Duc Hai')?.roles[0]?.title).toBe('ministre');
    const en = extractEntities('Minister Nguyen Duc Hai met the Duke of Kent.', 'en');
    expect(byName(en, 'Nguyen Duc Hai')?.type).toBe('person');
  });

  it('reads capital initials inside a name ("S.K. Karim Omar", "John Q. Adams")', () => {
    const fr = extractEntities('Le Premier ministre népalais, S.K. Karim Omar, a remercié la Chine.', 'fr');
    expect(byName(fr, 'S.K. Karim Omar')?.country).toBe('NPL');
    const en = extractEntities('Former President John Q. Adams met the delegation.', 'en');
    expect(byName(en, 'John Q. Adams')?.type).toBe('person');
  });

  it('gives a national news agency named in the text its own state ("selon l’agence Xinhua")', () => {
    const dateline = { place: 'Hanoï', agency: 'VNA', start: 0, end: 13 };
    const entities = extractEntities(
      'Hanoï (VNA) – Le ministère a publié un communiqué, selon l’agence Xinhua.',
      'fr',
      dateline,
    );
    expect(byName(entities, 'Xinhua')?.country).toBe('CHN');
    const abroad = extractEntities('Le ministère a publié un communiqué, selon l’agence Xinhua.', 'fr');
    expect(byName(abroad, 'Xinhua')?.country).toBe('CHN');
  });

  it('invents no entity from capitalised words at the start of sentences', () => {
    expect(
      extractEntities('Quelque Chose arrive. Nouvelle Donne pour tous. Grande Fête demain.', 'fr'),
    ).toEqual([]);
  });
});

describe('organisations', () => {
  it('links an acronym defined in parentheses to its long form', () => {
    const text = "Le Fonds d'investissement direct russe (RDIF) a signé. Le RDIF a confirmé.";
    const rdif = extractEntities(text, 'fr').find((entity) => entity.acronym === 'RDIF');
    expect(rdif).toMatchObject({ name: "Fonds d'investissement direct russe", country: 'RUS' });
    expect(surfaces(text, rdif)).toEqual(["Fonds d'investissement direct russe", 'RDIF', 'RDIF']);
  });

  it('links a mixed-case acronym defined in parentheses and its later uses ("MoFA")', () => {
    const text =
      'The Ministry of Foreign Affairs (MoFA) issued a statement. Later, the MoFA summoned the envoy.';
    const ministry = byName(extractEntities(text, 'en'), 'Ministry of Foreign Affairs');
    expect(surfaces(text, ministry)).toEqual(['Ministry of Foreign Affairs', 'MoFA', 'MoFA']);
  });

  it('reads a hyphenated word opening an English organisation name ("Anti-Dumping Commission")', () => {
    const entities = extractEntities("Canada's Anti-Dumping Commission revoked the duties.", 'en');
    expect(byName(entities, 'Anti-Dumping Commission')?.country).toBe('CAN');
  });

  it('links an acronym that its parenthesised long form spells out ("la NFCA (Agence…)")', () => {
    const text = 'La garde de la NFCA (Agence norvégienne des pêches) a inspecté. La NFCA a confirmé.';
    const nfca = extractEntities(text, 'fr').find((entity) => entity.acronym === 'NFCA');
    expect(nfca).toMatchObject({ name: 'Agence norvégienne des pêches', country: 'NOR' });
    expect(surfaces(text, nfca)).toEqual(['NFCA', 'Agence norvégienne des pêches', 'NFCA']);
  });

  it('reads a sea written with a lowercase common noun as a place, not the state it names', () => {
    const entities = extractEntities('Des destroyers ont été déployés en mer de Chine méridionale.', 'fr');
    expect(entities.map((entity) => [entity.type, entity.name])).toEqual([
      ['place', 'mer de Chine méridionale'],
    ]);
  });

  it('reads armed groups the PETRARCH2 dictionary lacks or spells in English ("Houthis", "Talibans")', () => {
    const entities = extractEntities('Les Houthis et les Talibans ont réagi.', 'fr');
    expect(entities.map((entity) => [entity.name, entity.country])).toEqual([
      ['Houthis', 'YEM'],
      ['Talibans', 'AFG'],
    ]);
  });

  it('reads ministries with their country and international organisations', () => {
    const entities = extractEntities(
      "Le ministère russe des Affaires étrangères et l'OMS ont salué l'ASEAN.",
      'fr',
    );
    expect(byName(entities, 'ministère russe des Affaires étrangères')).toMatchObject({
      country: 'RUS',
      sector: 'GOV',
    });
    expect(entities.filter((entity) => entity.country === 'IGO').map((entity) => entity.acronym)).toEqual([
      'OMS',
      'ASEAN',
    ]);
  });
});

describe('organisation names with coordinated complements', () => {
  it('reads "de X et de Y" as one name, and the body of an international organisation as one', () => {
    const entities = extractEntities(
      "Le Conseil de paix et de sécurité de l'Union africaine a condamné le coup. Le ministère de l'Agriculture et du Développement rural du Mali a réagi.",
      'fr',
    );
    expect(byName(entities, "Conseil de paix et de sécurité de l'Union africaine")).toMatchObject({
      country: 'IGO',
    });
    expect(byName(entities, "ministère de l'Agriculture et du Développement rural du Mali")).toMatchObject({
      country: 'MLI',
    });
  });

  it('does not coordinate the head itself ("du Sénat et du pays")', () => {
    const entities = extractEntities('Les membres du Sénat et du pays entier ont voté.', 'fr');
    expect(entities.find((entity) => entity.name.startsWith('Sénat et'))).toBeUndefined();
  });
});

describe('a role held in a place', () => {
  it('gives its holder the country of the city or province its complement names', () => {
    const entities = extractEntities(
      'La délégation a été reçue par le maire adjoint de Tallinn, Kristjan Tamm, puis par le gouverneur de la province de Bali, Wayan Koster.',
      'fr',
    );
    expect(byName(entities, 'Kristjan Tamm')?.country).toBe('EST');
    expect(byName(entities, 'Wayan Koster')?.country).toBe('IDN');
  });

  it('does not read a place right after a title as part of the title', () => {
    const entities = extractEntities(
      'Peruvian Ambassador to Vietnam Santiago Morales Vidal met the press.',
      'en',
    );
    expect(byName(entities, 'Santiago Morales Vidal')?.country).toBe('PER');
  });
});

describe("a state's own body named like an international one", () => {
  it('reads "National Security Council" and "Conseil de sécurité nationale" as no UN body', () => {
    const igos = (text: string, language: 'fr' | 'en'): string[] =>
      extractEntities(text, language)
        .filter((entity) => entity.country === 'IGO')
        .map((entity) => entity.name);
    expect(igos("Chile's National Security Council met after the UN Security Council vote.", 'en')).toEqual([
      'UN Security Council',
    ]);
    expect(igos('Le Conseil de sécurité nationale du Chili s’est réuni.', 'fr')).toEqual([]);
  });
});

describe('a demonym after a region word', () => {
  it('names the region, not the United States ("South American", "latino-américain")', () => {
    const codes = (text: string, language: 'fr' | 'en'): Array<string | null> =>
      extractEntities(text, language).map((entity) => entity.country);
    expect(
      codes('The South American country and Latin American leaders welcomed South Korean investors.', 'en'),
    ).toEqual(['KOR']);
    expect(
      codes(
        'Le pays sud-américain et les dirigeants latino-américains ont salué des soldats américains.',
        'fr',
      ),
    ).toEqual(['USA']);
  });
});

describe('cities of the gazetteer', () => {
  it('reads them without the final transliteration mark of their GeoNames name', () => {
    const entities = extractEntities('Clashes were reported in Ryazan and Stavropol.', 'en');
    expect(entities.map((entity) => [entity.name, entity.country])).toEqual([
      ['Ryazan', 'RUS'],
      ['Stavropol', 'RUS'],
    ]);
  });

  it('reads the provinces and regions the CAMEO country dictionary lists for a state', () => {
    const entities = extractEntities(
      'American officials say fighting spread from Helmand to Chechnya.',
      'en',
    );
    expect(entities.map((entity) => [entity.type, entity.country])).toEqual([
      ['country', 'USA'],
      ['place', 'AFG'],
      ['place', 'RUS'],
    ]);
  });

  it('gives a name several cities share to the most populous', () => {
    const entities = extractEntities('Talks were held in London and Tripoli.', 'en');
    expect(entities.map((entity) => entity.country)).toEqual(['GBR', 'LBY']);
  });
});

describe('entitiesStage', () => {
  it('fills record.entities with offsets into the text', () => {
    const record = entitiesStage.run(
      recordFromRawText('Le chef de la diplomatie russe, Sergueï Lavrov, a appelé.', { language: 'fr' }),
      new DiagnosticCollector(),
    );
    for (const entity of record.entities) {
      for (const mention of entity.mentions)
        expect(record.text.slice(mention.start, mention.end).length).toBeGreaterThan(0);
    }
    expect(record.entities.map((entity) => entity.id)).toEqual(['e1', 'e2']);
  });

  it('reports a language it has no lexicon for instead of guessing', () => {
    const ctx = new DiagnosticCollector();
    const record = entitiesStage.run(recordFromRawText('Привет, мир', { language: 'ru' }), ctx);
    expect(record.entities).toEqual([]);
    expect(ctx.diagnostics[0]?.ruleId).toBe('entities.unsupported-language');
  });
});

describe('pathological capitalisation', () => {
  it('reads only gazetteer names on a page set in capitals', () => {
    const text =
      'LE MINISTÈRE RUSSE DES AFFAIRES ÉTRANGÈRES A DÉCLARÉ QUE LE VIETNAM ET LA RUSSIE COOPÈRENT.';
    const entities = extractEntities(text, 'fr');
    expect(entities.map((entity) => entity.type)).toEqual(['country', 'country']);
    expect(entities.map((entity) => entity.country)).toEqual(['RUS', 'VNM']);
  });
});

describe('a name after an English organisation name it holds a title in', () => {
  it('ends the organisation at its head or its country and reads the title holder', () => {
    const text =
      'Speaker of the Turkish Parliament Numan Kurtulmus met Chairwoman of the Supreme Court of Chile Gloria Ana Chevesich.';
    const entities = extractEntities(text, 'en');
    expect(entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual([
      'Turkish Parliament',
      'Supreme Court of Chile',
    ]);
    expect(byName(entities, 'Numan Kurtulmus')?.country).toBe('TUR');
    expect(byName(entities, 'Gloria Ana Chevesich')?.country).toBe('CHL');
  });

  it('goes on through capitalised words that hold another organisation head or a portfolio', () => {
    const entities = extractEntities(
      'The Communist Party Central Committee met the University of New South Wales.',
      'en',
    );
    expect(entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual([
      'Communist Party Central Committee',
      'University of New South Wales',
    ]);
  });
});

describe('a name with two particles', () => {
  it('reads "von der", "van den" inside the name', () => {
    const text = 'Commission President Ursula von der Leyen met Dutch Minister Vincent van den Berg.';
    const entities = extractEntities(text, 'en');
    expect(entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual([
      'Ursula von der Leyen',
      'Vincent van den Berg',
    ]);
  });
});
