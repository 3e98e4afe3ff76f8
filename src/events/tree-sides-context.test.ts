import { describe, expect, it } from 'vitest';
import type { FixtureEntity } from './fixture-record.js';
import { coded, country, person, summary } from './test-support/coded-trees.js';

const place = (name: string, code: string): FixtureEntity => ({ type: 'place', name, country: code });

describe('sides that the sentence names only through its context', () => {
  it('lets a plural pronoun stand for the others, the subject of the requested clause receiving', () => {
    const { events } = coded(
      'fr',
      ['students-gathered', 'they-demanded-that'],
      [country('coréens', 'KOR'), country('Japon', 'JPN'), place('Séoul', 'KOR')],
    );
    const request = events.find((event) => event.event === 'REQUEST');
    expect(request && summary(request)).toBe('REQUEST KOR>JPN');
  });

  it('reads the holder of an office from the latest phrase naming it ("L\'ambassadeur a promis…")', () => {
    const french = coded(
      'fr',
      ['ambassador-summoned', 'ambassador-promised'],
      [
        country('japonais', 'JPN'),
        country('sud-coréen', 'KOR'),
        place('Tokyo', 'JPN'),
        place('Séoul', 'KOR'),
      ],
    );
    expect(french.events.map(summary)).toEqual(['ACCUSE JPN>KOR', 'AGREE KOR>JPN']);
    const english = coded(
      'en',
      ['ambassador-summoned-en', 'ambassador-promised-en'],
      [country('Seoul', 'KOR'), country('Japanese', 'JPN'), place('Tokyo', 'JPN')],
    );
    expect(english.events.map(summary)).toEqual(['ACCUSE KOR>JPN', 'AGREE JPN>KOR']);
  });

  it('does not aim at home an appeal to parties abroad named without a code', () => {
    const { events } = coded('fr', ['appeal-international-community'], [country('haïtien', 'HTI')]);
    expect(events.map(summary)).toEqual(['REQUEST HTI>']);
  });
});

describe('acts told in passing', () => {
  it("codes no signing in a relative clause on a complement of a text's noun", () => {
    const { events } = coded(
      'fr',
      ['relative-on-document-complement'],
      [country('Japon', 'JPN'), country('Russie', 'RUS'), country('Moscou', 'RUS')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE JPN>RUS']);
  });

  it('codes no arrest for a past participle set before its noun ("the detained fishermen")', () => {
    const { events } = coded(
      'en',
      ['attributive-participle'],
      [country('Japan', 'JPN'), country('Russia', 'RUS')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE JPN>RUS']);
  });

  it('gives an event noun the "by" agent the parser hung on what the act is done to', () => {
    const { events } = coded(
      'en',
      ['by-agent-on-complement'],
      [country('Manila', 'PHL'), country('Filipino', 'PHL'), country('Chinese', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE PHL>CHN', 'COERCE CHN>PHL']);
  });
});

describe('acts their verb only undergoes or names', () => {
  it('codes no act for sanctions evaded or circumvented', () => {
    expect(coded('en', ['evade-sanctions'], [country('Russia', 'RUS')]).events).toEqual([]);
    expect(coded('fr', ['contourner-sanctions'], [country('Corée du Nord', 'PRK')]).events).toEqual([]);
  });

  it('codes no act of the speaker for an event noun the parser hung on a verb of saying', () => {
    const { events } = coded(
      'en',
      ['said-object-noun'],
      [person('Lin Jian', 'CHN'), country('Philippine', 'PHL')],
    );
    expect(events.filter((event) => event.event === 'COERCE')).toEqual([]);
  });

  it('reads the closure of a consulate as aimed at the state whose consulate it is', () => {
    const { events } = coded(
      'en',
      ['closure-of-consulate'],
      [country('Moscow', 'RUS'), country('Polish', 'POL'), place('Smolensk', 'RUS')],
    );
    expect(events.map(summary)).toEqual(['SANCTION RUS>POL']);
    const french = coded(
      'fr',
      ['fermeture-du-consulat'],
      [country('Russie', 'RUS'), country('polonais', 'POL'), place('Smolensk', 'RUS')],
    );
    expect(french.events.map(summary)).toEqual(['SANCTION RUS>POL']);
  });

  it('reads sums presented, congratulatory messages and receptions given for a delegation', () => {
    const presented = coded(
      'en',
      ['presented-usd'],
      [country('Thai', 'THA'), country('Cambodia', 'KHM'), place('Kampot', 'KHM')],
    );
    expect(presented.events.map(summary)).toEqual(['AID THA>KHM']);
    const message = coded(
      'en',
      ['congratulatory-message'],
      [person('Lee Jae-myung', 'KOR'), person('Sanae Takaichi', 'JPN'), country('Japanese', 'JPN')],
    );
    expect(message.events.map(summary)).toEqual(['SUPPORT KOR>JPN']);
    const reception = coded(
      'en',
      ['reception-for'],
      [person('Penny Wong', 'AUS'), country('Indonesian', 'IDN')],
    );
    expect(reception.events.map(summary)).toEqual(['CONSULT AUS>IDN']);
  });

  it('reads an opposition expressed by a light verb as a disapproval', () => {
    const { events } = coded(
      'en',
      ['expressed-opposition'],
      [country('Japan', 'JPN'), country('Chinese', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE JPN>CHN']);
  });

  it('reads representations lodged as a protest and a credit line extended as economic aid', () => {
    const protest = coded(
      'en',
      ['lodged-representations'],
      [country('China', 'CHN'), country('Japan', 'JPN')],
    );
    expect(protest.events.map(summary)).toEqual(['ACCUSE CHN>JPN']);
    const credit = coded('en', ['credit-line'], [country('India', 'IND'), country('Vietnam', 'VNM')]);
    expect(credit.events.map((event) => `${summary(event)} ${event.cameo}`)).toEqual(['AID IND>VNM 071']);
  });

  it('aims no concern about a region abroad at home: aimed at no one, it is no event', () => {
    const { events } = coded('en', ['concern-middle-east'], [country('Vietnam', 'VNM')]);
    expect(events.map(summary)).toEqual([]);
  });

  it('reads a pact clinched as an agreement of both sides', () => {
    const { events } = coded(
      'en',
      ['clinched-pact'],
      [country('Japan', 'JPN'), country('Philippines', 'PHL')],
    );
    expect(events.map(summary)).toEqual(['AGREE JPN,PHL>JPN,PHL']);
  });

  it('reads blacklisting and sitting down with someone', () => {
    const blacklisted = coded(
      'en',
      ['blacklisted'],
      [country('United States', 'USA'), country('Cambodian', 'KHM')],
    );
    expect(blacklisted.events.map(summary)).toEqual(['SANCTION USA>KHM']);
    const talks = coded('en', ['sat-down-with'], [person('Penny Wong', 'AUS'), country('Chinese', 'CHN')]);
    expect(talks.events.map(summary)).toEqual(['CONSULT AUS>CHN']);
  });
});

describe('a quoted "nous" said by a pronoun', () => {
  it('is whom the pronoun of the verb of saying stands for ("», a-t-il souligné")', () => {
    const { events } = coded(
      'fr',
      ['spokesman-topic', 'quoted-we-pronoun-speaker'],
      [person('Lim Soo-suk', 'KOR'), country('sud-coréen', 'KOR'), country('Japon', 'JPN')],
    );
    expect(events.map(summary)).toEqual(['REQUEST KOR>JPN']);
  });
});

describe('relative pronouns the tagger left bare', () => {
  it('reads "who" in a clause the parser set beside the name as that name', () => {
    const { events } = coded(
      'en',
      ['who-parataxis'],
      [person('Penny Wong', 'AUS'), person('Prabowo Subianto', 'IDN'), country('Indonesian', 'IDN')],
    );
    const hope = events.find((event) => event.event === 'REQUEST');
    expect(hope && summary(hope)).toBe('REQUEST IDN>AUS');
  });
});

describe('acts named as the object of a judgement', () => {
  it('aims the judgement at the author the act names, not at what it hit', () => {
    const { events } = coded(
      'en',
      ['deplored-attack-by'],
      [
        country('Indonesia', 'IDN'),
        { type: 'organization', name: 'UN', country: 'IGO' },
        country('Israeli', 'ISR'),
      ],
    );
    const judgement = events.find((event) => event.event === 'ACCUSE');
    expect(judgement && summary(judgement)).toBe('ACCUSE IDN>ISR');
  });
});

describe('possessives', () => {
  it("gives a person's possessive on an event noun to the clause's subject, not the nearest name", () => {
    const { events } = coded(
      'en',
      ['his-visit-subject'],
      [
        person('Pham Minh Chinh', 'VNM'),
        person('Shigeru Ishiba', 'JPN'),
        country('Japanese', 'JPN'),
        country('Malaysia', 'MYS'),
      ],
    );
    const visit = events.find((event) => event.cue.end - event.cue.start === 'visit'.length);
    expect(visit && summary(visit)).toBe('CONSULT VNM>MYS');
  });

  it('gives a possessive to the subject when the nearest name is the side the act is aimed at', () => {
    const { events } = coded(
      'fr',
      ['sa-visite-host'],
      [
        person('Fumio Kishida', 'JPN'),
        person('Narendra Modi', 'IND'),
        country('japonais', 'JPN'),
        country('indien', 'IND'),
        country('Inde', 'IND'),
      ],
    );
    expect(events.map(summary)).toEqual(['CONSULT JPN>IND']);
  });
});

describe('event nouns in adverbials and controlled acts', () => {
  it('codes no threat for one a verb responds to, but keeps troops remaining on alert', () => {
    const states = [country('Syria', 'SYR'), country('Turkey', 'TUR'), place('Aleppo', 'SYR')];
    const response = coded('en', ['accused-of-shelling', 'responded-to-threat'], states);
    expect(response.events.filter((event) => event.event === 'THREATEN')).toEqual([]);
    const alert = coded('en', ['remained-on-alert'], [country('Pakistani', 'PAK'), country('India', 'IND')]);
    expect(alert.events.map(summary)).toEqual(['MOBILIZE PAK>IND']);
  });

  it('gives the act an accused party is accused of to that party', () => {
    const { events } = coded(
      'fr',
      ['accuse-d-avoir'],
      [country('Syrie', 'SYR'), country('Turquie', 'TUR'), place('Alep', 'SYR')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE SYR>TUR', 'ASSAULT TUR>SYR']);
  });
});

describe('statements beside others and pairs named together', () => {
  it('reads a marked adverbial clause with its own subject as another act ("…, tandis que X a appelé…")', () => {
    const { events } = coded(
      'fr',
      ['thanks-while-other-calls'],
      [
        country('arménien', 'ARM'),
        country('Russie', 'RUS'),
        country('azerbaïdjanais', 'AZE'),
        country('Arménie', 'ARM'),
      ],
    );
    expect(events.map(summary)).toEqual(['SUPPORT ARM>RUS', 'REQUEST AZE>ARM']);
  });

  it('gives "les deux parties" a third party addresses to the pair that last acted together', () => {
    const { events } = coded(
      'fr',
      ['pair-ceasefire', 'urged-both-parties'],
      [country('Arménie', 'ARM'), country('Azerbaïdjan', 'AZE'), country('France', 'FRA')],
    );
    const request = events.find((event) => event.event === 'REQUEST');
    expect(request && summary(request)).toBe('REQUEST FRA>ARM,AZE');
  });
});

describe('what a text says', () => {
  it('codes no appeal for the text a vote is for, wherever the parser hung its participle', () => {
    const states = [country('Vietnam', 'VNM'), place('Gaza', 'PSE')];
    expect(coded('fr', ['voted-for-resolution'], states).events).toEqual([]);
    expect(coded('en', ['voted-for-resolution-en'], states).events).toEqual([]);
  });

  it('keeps the appeal of a text the actor issues ("published a declaration calling on…")', () => {
    const { events } = coded('en', ['published-declaration-calling'], [country('Indian', 'IND')]);
    expect(events.map((event) => event.event)).toEqual(['REQUEST']);
  });
});

describe('commitments', () => {
  it('reads a promise with a date between the verb and its "à", and leaves the reporting clause out of it', () => {
    const { events } = coded(
      'fr',
      ['promise-gap-reporting'],
      [country('Corée du Sud', 'KOR', 'sud-coréen'), country('Laos', 'LAO')],
      [
        { text: 'mardi', value: '2024-05-07', grain: 'day' },
        { text: "d'ici la fin du mois", value: '2024-05-21/2024-05-31', grain: 'month' },
      ],
    );
    const promise = events.find((event) => event.event === 'AGREE');
    expect(promise && summary(promise)).toBe('AGREE KOR>LAO');
    expect(promise?.commitment?.what).toBe("fournir au Laos 500 tonnes de riz d'ici la fin du mois");
  });
});

describe('a side listed as complements of a plural noun', () => {
  it('takes every state the parser hung side by side on "les présidents"', () => {
    const { events } = coded(
      'fr',
      ['plural-head-side-by-side'],
      [country('Chili', 'CHL'), country('Pérou', 'PER'), country('Bolivie', 'BOL'), country('Brésil', 'BRA')],
    );
    expect(events.map(summary)).toEqual(['SUPPORT CHL,PER,BOL>BRA']);
  });
});

describe("what an agreement named by the cue's own noun commits to", () => {
  it('is the clause or the complement of "d\'accord", never "accord" itself', () => {
    const ethiopia = coded(
      'fr',
      ['agreed-on-own-noun-pour'],
      [country('Éthiopie', 'ETH'), country('Érythrée', 'ERI')],
    );
    expect(ethiopia.events.map((event) => event.commitment?.what)).toEqual(['rouvrir leur frontière']);
    const chile = coded('fr', ['agreed-on-own-noun-sur'], [country('Chili', 'CHL'), country('Pérou', 'PER')]);
    expect(chile.events.map((event) => event.commitment?.what)).toEqual([
      'le tracé de la frontière maritime',
    ]);
  });
});
