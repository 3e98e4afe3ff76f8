import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

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

describe('a judgement of an act told before (whole pipeline)', () => {
  it('is aimed at that act’s author when a definite noun names the act and none of its parties', () => {
    expect(
      events(
        "Pékin, 3 juin (VNA) - Le ministère chinois du Commerce a annoncé lundi l'imposition de droits antidumping sur certains produits en acier importés de l'Inde. " +
          "New Delhi a exprimé son mécontentement face à cette décision, estimant qu'elle est contraire aux règles de l'Organisation mondiale du commerce (OMC).",
      ),
    ).toEqual(['SANCTION CHN>IND', 'ACCUSE IND>CHN']);
    expect(
      pipelineEvents(
        'The United States on Monday imposed new sanctions on three Iranian oil companies. Iran condemned the move as illegal, the Iranian Foreign Ministry said.',
        'en',
      ),
    ).toEqual(['SANCTION USA>IRN', 'ACCUSE IRN>USA']);
  });

  it('is aimed at the author of the act its noun names again, before a later act', () => {
    expect(
      pipelineEvents(
        'The United States imposed sanctions on two Chinese firms on Monday. The Treasury said the firms had helped Moscow evade export controls imposed after the invasion of Ukraine. Beijing firmly opposes the sanctions, the spokesperson said.',
        'en',
      ),
    ).toEqual(['SANCTION USA>CHN', 'ASSAULT RUS>UKR', 'ACCUSE CHN>USA']);
  });

  it('keeps a party the judged noun names itself', () => {
    expect(
      pipelineEvents(
        "Vietnam's President met Chinese President Xi Jinping in Beijing on Monday. Separately, Vietnam welcomed the decision of the World Bank to increase its lending.",
        'en',
      ),
    ).toEqual(['CONSULT VNM>CHN', 'SUPPORT VNM>IGO']);
  });
});

describe('an act done to a text told before (whole pipeline)', () => {
  it('tells the earlier signing again, not a second one', () => {
    expect(
      pipelineEvents(
        'Vietnam and South Korea signed a labour agreement on Monday. The document was signed by the two ministers.',
        'en',
      ),
    ).toEqual(['AGREE VNM,KOR>VNM,KOR']);
    expect(
      events(
        'Le Vietnam et la Corée du Sud ont signé lundi un accord sur le travail. Le document a été signé par les deux ministres.',
      ),
    ).toEqual(['AGREE VNM,KOR>VNM,KOR']);
    expect(pipelineEvents('The agreement was signed by Vietnam and South Korea on Monday.', 'en')).toEqual([
      'AGREE VNM>KOR',
    ]);
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
});

describe('a judgement of an attack told before (whole pipeline)', () => {
  it('is aimed at its author, not at an addressee of another clause of the sentence', () => {
    expect(
      events(
        "Des frappes aériennes israéliennes ont touché des dépôts d'armes près d'Alep. Le gouvernement syrien a condamné cette agression et a envoyé une lettre au Secrétaire général de l'ONU.",
      ),
    ).toEqual(['ASSAULT ISR>SYR', 'ACCUSE SYR>ISR']);
    expect(
      pipelineEvents(
        'Israeli air strikes hit weapons depots near Aleppo. The Syrian government condemned the aggression and sent a letter to the UN Secretary-General.',
        'en',
      ),
    ).toEqual(['ASSAULT ISR>SYR', 'ACCUSE SYR>ISR']);
  });
});

describe('a judgement of an act told before, after another judgement of it (whole pipeline)', () => {
  it('is aimed at the author of the deed, not at the first to judge it', () => {
    expect(
      pipelineEvents(
        "North Korea fired a ballistic missile into the sea off Japan on Monday. Tokyo lodged a strong protest with Pyongyang, calling the missile test unacceptable. South Korea's National Security Council strongly condemned the launch.",
        'en',
      ),
    ).toEqual(['MOBILIZE PRK>JPN', 'ACCUSE JPN>PRK', 'ACCUSE KOR>PRK']);
  });
});

describe('a judgement of an act whose phrase names no culprit (whole pipeline)', () => {
  it('is aimed at no one: the place where it happened is the victim, not the accused', () => {
    expect(
      pipelineEvents(
        'Indonesia strongly condemned the terrorist attack on a concert hall in Krasnogorsk, Russia, on Friday.',
        'en',
      ),
    ).toEqual([]);
    expect(
      events("Le Vietnam condamne fermement l'attentat terroriste contre un marché à Maiduguri, au Nigeria."),
    ).toEqual([]);
  });

  it('is aimed at the author the phrase names', () => {
    expect(pipelineEvents('Vietnam condemned the Israeli strikes on Gaza.', 'en')).toEqual([
      'ACCUSE VNM>ISR',
      'ASSAULT ISR>PSE',
    ]);
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
