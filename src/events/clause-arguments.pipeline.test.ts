import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('the infinitive of a participle on a noun (whole pipeline)', () => {
  it('is done by that noun, not by the subject of the clause the noun is in', () => {
    expect(
      pipelineEvents(
        "Le président Tran Van Binh a reçu lundi à Hanoï l'ambassadeur du Chili, Pablo Rojas, venu lui présenter ses lettres de créance.",
        'fr',
      ),
    ).toEqual(['CONSULT VNM>CHL', 'SUPPORT CHL>VNM']);
  });
});

describe('an act noun on the object of "accuse X of"', () => {
  it('is the accused party’s act (whole pipeline)', () => {
    expect(
      pipelineEvents(
        "The Philippines on Tuesday accused China's coast guard of firing water cannon at a Philippine supply vessel near the Second Thomas Shoal.",
        'en',
      ),
    ).toEqual(['ACCUSE PHL>CHN', 'COERCE CHN>PHL']);
  });
});

describe('an act named as the object of another act (whole pipeline)', () => {
  it('keeps its own sides: the condemned attack is aimed at its target, not at the one who condemns', () => {
    expect(pipelineEvents("Vietnam condemned Israel's attack on Iran.", 'en')).toEqual([
      'ACCUSE VNM>ISR',
      'ASSAULT ISR>IRN',
    ]);
    expect(pipelineEvents("Le Vietnam a condamné l'attaque d'Israël contre l'Iran.", 'fr')).toEqual([
      'ACCUSE VNM>ISR',
      'ASSAULT ISR>IRN',
    ]);
  });

  it('is given by the "from" phrase of a verb of receiving, to its subject', () => {
    expect(pipelineEvents('Laos received a donation from Vietnam.', 'en')).toEqual(['AID VNM>LAO']);
  });
});

describe('the author of an event noun (whole pipeline)', () => {
  it('is its "de" phrase even when the parser hung it on a participle of the noun', () => {
    expect(
      pipelineEvents(
        'La Chine a poursuivi ses activités dans la zone malgré les protestations répétées du Vietnam.',
        'fr',
      ),
    ).toEqual(['ACCUSE VNM>CHN']);
  });
});

describe('the author of an event noun with a relative clause (whole pipeline)', () => {
  it('is the subject of that clause, not the state that judges the act', () => {
    expect(
      pipelineEvents(
        'Chile strongly opposes the naval drill that Peru conducted near the island of Chiloe on March 3.',
        'en',
      ),
    ).toEqual(['ACCUSE CHL>PER', 'MOBILIZE PER>CHL']);
  });
});

describe('a state named inside a person’s title (whole pipeline)', () => {
  it('is where the title holder serves, not a second actor, however the parser hangs the title', () => {
    expect(
      pipelineEvents(
        'On Friday, British Ambassador to the Philippines Laure Beaufils criticised the "unsafe and provocative manoeuvres" of the Chinese vessels on social media.',
        'en',
      ),
    ).toEqual(['ACCUSE GBR>CHN', 'MOBILIZE CHN>']);
  });
});

describe('a purpose clause that names no party of its own (whole pipeline)', () => {
  it('addresses the party the clause it serves acts on', () => {
    expect(
      pipelineEvents(
        'The Lao Embassy in Malaysia has contacted the Japanese Ministry of Foreign Affairs to ask for consular access to the sailors held in Indonesia.',
        'en',
      ),
    ).toEqual(['CONSULT LAO>JPN', 'REQUEST LAO>JPN']);
  });
});
