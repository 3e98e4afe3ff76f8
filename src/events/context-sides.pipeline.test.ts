import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

const events = (text: string): string[] => pipelineEvents(text, 'fr');

describe('sides an article names through its context (whole pipeline)', () => {
  it('never takes the dateline place for a party, even in a paragraph after the title', () => {
    const found = events(
      'Le Vietnam regrette la décision\n\n' +
        'Bruxelles, 12 mars (VNA) - Le Vietnam a exprimé son mécontentement. Hanoï a demandé un réexamen des mesures.',
    );
    expect(found.some((event) => event.includes('BEL'))).toBe(false);
  });

  it('reads "le ministère" as the ministry named before, not as the last subject', () => {
    const found = events(
      'Séoul, 3 avril (VNA) - Le ministère sud-coréen des Affaires étrangères a convoqué un diplomate japonais. ' +
        'Le diplomate japonais a rejeté les critiques. Le ministère a demandé au Japon de retirer ses revendications.',
    );
    expect(found).toContain('REQUEST KOR>JPN');
  });

  it('reads "the ministry" as the ministry a source phrase named, its name capitalised', () => {
    const found = pipelineEvents(
      "According to Chile's Ministry of Foreign Affairs, the Peruvian navy detained 13 Chilean fishermen on Monday. " +
        'The ministry condemned the detention and asked Lima to release the fishermen.',
      'en',
    );
    expect(found).toContain('REQUEST CHL>PER');
  });

  it('never reads "the ministry" as a ministry addressed ("sent a note to the Peruvian Ministry")', () => {
    const found = pipelineEvents(
      "Chile's Ministry of Foreign Affairs sent a note to the Peruvian Ministry of Foreign Affairs. " +
        'The ministry said it did not accept the decision of Peru.',
      'en',
    );
    expect(found).toContain('REJECT CHL>PER');
  });

  it('reads "l\'ambassadrice" as the ambassador named before (another form of one office noun)', () => {
    const found = events(
      "Le président Luong Cuong a reçu l'ambassadeur du Chili au Vietnam, Maria Gonzalez. " +
        "L'ambassadrice a remercié le gouvernement vietnamien pour son soutien.",
    );
    expect(found).toContain('SUPPORT CHL>VNM');
  });

  it('reads "la partie européenne" as the European Union', () => {
    expect(events('Le Vietnam a demandé à la partie européenne de réexaminer les mesures.')).toEqual([
      'REQUEST VNM>IGO',
    ]);
  });
});

describe('the summary of an article', () => {
  it("ends with the paragraph its dateline opens: an act told again in the body is the body's statement too", () => {
    const found = events(
      'Le Chili proteste contre la saisie de ses chalutiers\n\n' +
        "Santiago, 4 juillet (VNA) - Le Chili a protesté contre la saisie par l'Argentine de deux chalutiers chiliens.\n\n" +
        "Le porte-parole a répondu à une question sur la capture par l'Argentine des deux chalutiers le 21 juin.",
    );
    expect(found).toEqual(['ACCUSE CHL>ARG', 'COERCE ARG>CHL', 'COERCE ARG>CHL']);
  });
});

describe('an act on a person the entities could give no state (whole pipeline)', () => {
  it('is not aimed at the actor’s home', () => {
    expect(
      pipelineEvents(
        'South Korean President Yoon Suk Yeol congratulated Anna Keller on her election as chairwoman.',
        'en',
      ),
    ).toEqual(['SUPPORT KOR>']);
    expect(
      pipelineEvents(
        'Le président sud-coréen Yoon Suk Yeol a félicité Anna Keller pour son élection à la présidence.',
        'fr',
      ),
    ).toEqual(['SUPPORT KOR>']);
  });
});

describe('an act at home (whole pipeline)', () => {
  it('is not one whose sentence names a place outside the actor’s state (a concern about it is none)', () => {
    expect(
      events(
        'Le Vietnam a exprimé son inquiétude face aux tensions croissantes en mer de Chine méridionale.',
      ),
    ).toEqual([]);
    expect(pipelineEvents('The government threatened to dissolve the assembly in Quito.', 'en')).toEqual([
      'THREATEN ECU>ECU',
    ]);
  });
});

describe('a place after "à" or "in" (whole pipeline)', () => {
  it('is where the act happened, not whom it is aimed at', () => {
    expect(events("Le Japon a condamné à Genève l'attaque menée contre des diplomates chinois.")).toEqual([
      'ACCUSE JPN>CHN',
    ]);
    expect(events('Le Japon a protesté à Pékin contre les manœuvres militaires russes.')).toEqual([
      'ACCUSE JPN>RUS',
      'MOBILIZE RUS>',
    ]);
  });
});

describe('an act its sentence places at home (whole pipeline)', () => {
  it('is aimed at home before the article’s other party', () => {
    const text = [
      'Poland called on Belarus to release political prisoners.',
      'Poland and Belarus have been at odds since the election.',
      'Belarusian police detained dozens of opposition supporters in Minsk on Sunday.',
    ].join('\n\n');
    expect(pipelineEvents(text, 'en').at(-1)).toBe('COERCE BLR>BLR');
  });
});

describe('an international organisation in the article’s pair (whole pipeline)', () => {
  it('is the other party of a reaction that names none', () => {
    const text = [
      'The European Union on Monday imposed new sanctions on Belarus, freezing the assets of 25 officials.',
      'Belarus condemned the decision and vowed to retaliate.',
      'Poland welcomed the sanctions and called on other countries to follow suit.',
    ].join('\n\n');
    expect(pipelineEvents(text, 'en').slice(1, 2)).toEqual(['ACCUSE BLR>IGO']);
  });
});

describe('an appeal to unnamed parties (whole pipeline)', () => {
  it('is aimed at no one rather than at the appealing state itself', () => {
    expect(pipelineEvents('Vietnam called on all parties to exercise restraint.', 'en')).toEqual([
      'REQUEST VNM>',
    ]);
    expect(events('Le Vietnam a appelé toutes les parties à faire preuve de retenue.')).toEqual([
      'REQUEST VNM>',
    ]);
  });
});

describe('an appeal to unnamed parties in an article between two states (whole pipeline)', () => {
  it('takes no recipient from the article’s pair', () => {
    const found = pipelineEvents(
      'Vietnamese Foreign Minister Bui Thanh Son held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo. ' +
        'Son called on all parties to exercise restraint.',
      'en',
    );
    expect(found).toEqual(['CONSULT VNM>EGY', 'REQUEST VNM>']);
  });
});

describe('thanks for help to the thanking side (whole pipeline)', () => {
  it('go to the counterpart, not to an organisation named in what they are for', () => {
    const found = pipelineEvents(
      'Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi. ' +
        'Hun Manet offered sincere thanks for helping Cambodia and its people, as well as supporting the country at the United Nations.',
      'en',
    );
    expect(found).toContain('SUPPORT KHM>VNM');
  });
});

describe('a rally outside an embassy (whole pipeline)', () => {
  it('is never held by the embassy’s state', () => {
    const en = pipelineEvents(
      'Hundreds of people gathered outside the Chinese embassy in Paris to protest against the seizure of Vietnamese boats.',
      'en',
    );
    const fr = events(
      "Des centaines de personnes se sont réunies devant l'ambassade de Chine à Paris pour protester contre la saisie de bateaux vietnamiens.",
    );
    expect(en.filter((event) => event.startsWith('PROTEST'))).toHaveLength(1);
    expect(fr.filter((event) => event.startsWith('PROTEST'))).toHaveLength(1);
    expect([...en, ...fr].some((event) => event.startsWith('PROTEST CHN'))).toBe(false);
  });
});

describe('aid sent by several parties outside the dyad, no recipient named (whole pipeline)', () => {
  const article = [
    'Hanoï (VNA) – Le président vietnamien a adressé le 18 décembre un message de condoléances au président des Fidji après le séisme qui a frappé la veille l’archipel.',
    'Le séisme a fait 14 morts aux Fidji, selon les autorités fidjiennes.',
  ];
  it('goes to the state the article is about, as a single donor’s does', () => {
    const text = [
      ...article,
      'L’Australie et la Nouvelle-Zélande ont dépêché des équipes de secouristes le 19 décembre.',
    ].join('\n\n');
    expect(pipelineEvents(text, 'fr')).toContain('AID AUS,NZL>FJI');
  });

  it('leaves other acts of several third parties without a recipient', () => {
    const text = [
      ...article,
      'Les présidents américain et russe ont également exprimé leurs condoléances.',
    ].join('\n\n');
    expect(pipelineEvents(text, 'fr')).toContain('SUPPORT USA,RUS>');
  });
});
