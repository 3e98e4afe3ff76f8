import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

const events = (text: string): string[] => pipelineEvents(text, 'fr');

/** Each event's type and its actors as "CODE:entity name" (the entity each side points at). */
function namedActors(text: string, language: 'fr' | 'en'): Array<{ type: string; actors: string[] }> {
  const record = analysed(text, language);
  const name = (id: string | null): string => record.entities.find((entity) => entity.id === id)?.name ?? '-';
  return record.events.map((event) => ({
    type: event.event,
    actors: event.actor.map((side) => `${side.code}:${name(side.entity)}`),
  }));
}

describe('"les deux parties" / "the two sides" after a meeting (whole pipeline)', () => {
  const sideNames = (text: string, language: 'fr' | 'en', type: string): string[][] =>
    namedActors(text, language)
      .filter((event) => event.type === type)
      .map((event) => [...event.actors].sort());

  it('are the two principals of that meeting, each for its state', () => {
    expect(
      sideNames(
        'Le ministre des Affaires étrangères Bui Thanh Son a reçu le 4 mars son homologue chilien, Alberto van Klaveren. ' +
          'Les deux parties ont convenu de renforcer la coopération commerciale.',
        'fr',
        'AGREE',
      ),
    ).toEqual([['CHL:Alberto van Klaveren', 'VNM:Bui Thanh Son']]);
    expect(
      sideNames(
        'Foreign Minister Bui Thanh Son received Chilean Foreign Minister Alberto van Klaveren in Hanoi on March 4. ' +
          'The two sides agreed to boost trade cooperation.',
        'en',
        'AGREE',
      ),
    ).toEqual([['CHL:Alberto van Klaveren', 'VNM:Bui Thanh Son']]);
  });

  it('leave an addressee the text does not name a state', () => {
    const record = analysed(
      'Foreign Minister Bui Thanh Son received Chilean Foreign Minister Alberto van Klaveren in Hanoi on March 4. ' +
        'Vietnam later expressed its gratitude.',
      'en',
    );
    const thanks = record.events.find((event) => event.event === 'SUPPORT');
    const entity = record.entities.find((candidate) => candidate.id === thanks?.recipient[0]?.entity);
    expect(entity?.type).not.toBe('person');
  });
});

describe('a state acting in what its spokesperson or minister says (whole pipeline)', () => {
  const actorNames = (text: string, language: 'fr' | 'en'): string[] =>
    namedActors(text, language).flatMap((event) => event.actors.map((actor) => `${event.type} ${actor}`));

  it('acts through that person', () => {
    expect(
      actorNames(
        'Le Chili demande au Pérou de libérer les pêcheurs, a déclaré le 5 mai la porte-parole du ministère chilien des Affaires étrangères, Ana Soto.',
        'fr',
      ),
    ).toEqual(['REQUEST CHL:Ana Soto']);
    expect(
      actorNames(
        'Chilean Foreign Minister Ana Soto said Chile stands ready to help Peru rebuild its ports.',
        'en',
      ),
    ).toEqual(['AGREE CHL:Ana Soto']);
  });

  it('keeps an organ of that state that the person reports on, and a state of another speaker', () => {
    expect(
      actorNames(
        'Chilean spokeswoman Ana Soto said the Chilean Foreign Ministry lodged a protest with Peru.',
        'en',
      ),
    ).not.toContain('ACCUSE CHL:Ana Soto');
    expect(
      actorNames('Chilean spokeswoman Ana Soto said Peru demanded compensation from Chile.', 'en'),
    ).toEqual(['REQUEST PER:Peru']);
  });
});

describe('"the two sides" after two states coordinated in the same sentence (whole pipeline)', () => {
  it('are those two states, not the article’s pair', () => {
    const text =
      'Chilean Foreign Minister Ana Soto met the Peruvian ambassador on May 2. ' +
      'Amid the tension between Bolivia and Paraguay, Chile called on the two sides to exercise restraint, Soto said on May 8.';
    expect(pipelineEvents(text, 'en')).toContain('REQUEST CHL>BOL,PRY');
    const fr =
      "La ministre chilienne des Affaires étrangères Ana Soto a reçu l'ambassadeur du Pérou le 2 mai. " +
      'Face à la tension entre la Bolivie et le Paraguay, le Chili appelle les deux parties à la retenue, a déclaré Ana Soto le 8 mai.';
    expect(events(fr)).toContain('REQUEST CHL>BOL,PRY');
  });
});

describe('an organ named by its portfolio alone (whole pipeline)', () => {
  it('is no anaphor of the last actor ("le ministère de la Santé" is not "le ministère")', () => {
    const fr = events(
      'Le Chili a annoncé le 3 mai un don de vaccins au Pérou. Le ministère de la Santé a demandé aux localités d’accélérer la vaccination.',
    );
    expect(fr.filter((event) => event.startsWith('REQUEST CHL'))).toEqual([]);
    const en = pipelineEvents(
      'Chile announced a donation of vaccines to Peru on May 3. The Ministry of Health asked localities to speed up vaccination.',
      'en',
    );
    expect(en.filter((event) => event.startsWith('REQUEST CHL'))).toEqual([]);
  });
});

describe('an organ named again by its head noun (whole pipeline)', () => {
  it('reads "le Conseil" and "the committee" as the council or committee named before', () => {
    expect(
      events(
        "Addis-Abeba, 2 mars (VNA) – Le Conseil de paix et de sécurité de l'Union africaine s'est réuni le 1er mars. " +
          "Le Conseil a fermement condamné le coup d'État au Niger.",
      ),
    ).toContain('ACCUSE IGO>NER');
    expect(
      pipelineEvents(
        'Geneva, 2 March (VNA) – The UN Human Rights Committee met on March 1. The committee urged Belarus to release all political prisoners.',
        'en',
      ),
    ).toContain('REQUEST IGO>BLR');
  });
});

describe('a pronoun after a quote and its speaker (whole pipeline)', () => {
  it('names the speaker told after the quote, not the party the quote talks about', () => {
    expect(
      events(
        'Lima, 4 mai (VNA) – Le Pérou a expulsé deux diplomates boliviens. « Les accusations de la partie bolivienne sont sans fondement », a déclaré la ministre péruvienne des Affaires étrangères, Ana Cecilia Gervasi. Elle a averti que Lima répondrait à toute nouvelle provocation de la Bolivie.',
      ),
    ).toContain('THREATEN PER>BOL');
  });
});

describe('a pronoun after a quote whose speaker the parser hung beside it (whole pipeline)', () => {
  it('names that speaker', () => {
    const text =
      'Lima, 4 mai (VNA) – Le ministère péruvien des Affaires étrangères a annoncé le 3 mai l’expulsion de deux diplomates boliviens. ' +
      '« Les accusations de la partie bolivienne sont dénuées de fondement », a déclaré la porte-parole de la diplomatie péruvienne, Ana Gervasi, lors de son point de presse. ' +
      'Elle a averti que Lima riposterait à toute nouvelle mesure inamicale de La Paz.';
    expect(events(text)).toContain('THREATEN PER>BOL');
  });
});

describe('a document that acts as a subject (whole pipeline)', () => {
  it('speaks for whoever issued it earlier in the article', () => {
    const text =
      'Vienne, 5 juin (VNA) – Le Conseil des gouverneurs de l’AIEA a adopté le 4 juin une résolution sur le programme nucléaire de la Syrie. ' +
      'La résolution demande à la Syrie de coopérer pleinement avec les inspecteurs.';
    expect(events(text)).toContain('REQUEST IGO>SYR');
    expect(
      pipelineEvents(
        'Geneva, 5 June (VNA) – The UN Human Rights Council adopted a resolution on Eritrea on June 4. The resolution urged Eritrea to release all political prisoners.',
        'en',
      ),
    ).toContain('REQUEST IGO>ERI');
  });
});

describe('an organ an act addresses by its head noun alone (whole pipeline)', () => {
  it('is the organisation of that name told before', () => {
    expect(
      pipelineEvents(
        'Brussels, 5 June (VNA) – Minister Bui Thanh Son held talks with Belgian Foreign Minister Hadja Lahbib on June 4, urging Belgium to boost trade. The same day, he met European Commission Vice-President Maros Sefcovic, during which he called on the Commission to speed up the ratification of the investment agreement.',
        'en',
      ),
    ).toContain('REQUEST VNM>IGO');
  });

  it('is addressed through its members ("les membres du Conseil")', () => {
    const found = pipelineEvents(
      [
        "New York (VNA) – Le Conseil de sécurité de l'ONU a renouvelé le 2 mars l'embargo sur les armes visant le Burkina Faso. La Russie a salué la position du Burkina Faso. Moscou a soutenu Ouagadougou.",
        'Ouagadougou a exhorté les membres du Conseil à lever cet embargo.',
      ].join('\n\n'),
      'fr',
    );
    expect(found).toContain('REQUEST BFA>IGO');
    expect(found.some((event) => event.startsWith('REQUEST BFA>RUS'))).toBe(false);
  });
});

describe('the parties of a clause coordinated with the cue’s (whole pipeline)', () => {
  it('are that clause’s, not recipients of the cue', () => {
    const found = events(
      'Le 21 novembre, le ministre vietnamien a participé à la réunion du Conseil de la Commission du Mékong à Vientiane, et a proposé que la Chine et le Myanmar partagent leurs données hydrologiques.',
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^CONSULT VNM>/u);
    expect(found[0]).not.toMatch(/CHN|MMR/u);
    expect(found[1]).toBe('REQUEST VNM>CHN,MMR');
  });
});

describe('"ce dernier", "the latter" (whole pipeline)', () => {
  it('is the latest person named, not the latest subject', () => {
    expect(
      pipelineEvents(
        "Le ministre vietnamien Bui Van Nam a eu une rencontre avec le secrétaire d'Etat américain John Smith. Ce dernier a félicité le Vietnam pour sa croissance rapide.",
        'fr',
      ),
    ).toEqual(['CONSULT VNM>USA', 'SUPPORT USA>VNM']);
    expect(
      pipelineEvents(
        'Vietnamese Minister Bui Van Nam met US Secretary of State John Smith. The latter congratulated Vietnam on its rapid growth.',
        'en',
      ),
    ).toEqual(['CONSULT VNM>USA', 'SUPPORT USA>VNM']);
  });
});

describe('a subject after an introductory phrase, in apposition with a comma after it (whole pipeline)', () => {
  it('is the subject of the verb after that comma, not the organisation the phrase names', () => {
    expect(
      pipelineEvents(
        "En marge de la réunion des ministres de l'ASEAN à Kuala Lumpur, le ministre laotien des Affaires étrangères, Bounmy Vong, a rencontré le 4 août le ministre japonais des Affaires étrangères, Taro Kono.",
        'fr',
      ),
    ).toEqual(['CONSULT IGO>LAO,JPN', 'CONSULT LAO>JPN']);
  });
});
