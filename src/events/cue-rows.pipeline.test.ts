import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

const events = (text: string): string[] => pipelineEvents(text, 'en');

describe('meetings named by their format (English, whole pipeline)', () => {
  it('reads a political consultation co-chaired by two officials as talks between their states', () => {
    expect(
      events(
        'The Chilean deputy minister co-chaired the fifth political consultation with his Peruvian counterpart.',
      ),
    ).toEqual(['CONSULT CHL>PER']);
  });

  it('never makes the host of a visit its visitor', () => {
    expect(events('The President began a state visit to Egypt on Tuesday.')).toEqual(['CONSULT >EGY']);
  });
});

describe('a visit and the talks held during it', () => {
  const coded = (text: string, language: 'fr' | 'en'): string[] => {
    const record = analysed(text, language);
    return record.events.map(
      (event) =>
        `${event.event} ${event.mode.join(',')} "${record.text.slice(event.cue.start, event.cue.end)}"`,
    );
  };

  it('are one encounter named by the talks when one sentence tells both', () => {
    expect(
      coded(
        "Le président chilien, en visite d'État au Pérou, s'est entretenu mardi avec son homologue péruvien.",
        'fr',
      ),
    ).toEqual(['CONSULT visit "s\'est entretenu"']);
    expect(
      coded(
        'Visiting Peru, the Chilean Foreign Minister held talks with his Peruvian counterpart on Tuesday.',
        'en',
      ),
    ).toEqual(['CONSULT visit "held talks"']);
  });
});

describe('trade restrictions (English, whole pipeline)', () => {
  it('reads exports restricted or curbed towards a state as a sanction on it', () => {
    expect(events('Canada restricted arms exports to Saudi Arabia.')).toEqual(['SANCTION CAN>SAU']);
  });
});

describe('an act another cue is about (English, whole pipeline)', () => {
  it('is not aimed at home when the sentence names no other state', () => {
    expect(events("The spokesperson dismissed Ecuador's groundless allegations.")).toEqual(['REJECT >ECU']);
  });

  it('is, when rejected or denied, only what the rejection is about', () => {
    expect(
      events('The Thai Foreign Ministry denied reports that the army had shelled Cambodian villages.'),
    ).toEqual(['REJECT THA>KHM']);
    expect(
      pipelineEvents(
        "Le Vietnam rejette la proposition de la Chine d'organiser des négociations bilatérales.",
        'fr',
      ),
    ).toEqual(['REJECT VNM>CHN']);
  });
});

describe('an exchange of fire (English, whole pipeline)', () => {
  it('goes both ways between the parties of its subject', () => {
    expect(events('India and Pakistan exchanged fire along the Line of Control.')).toEqual([
      'ASSAULT IND,PAK>IND,PAK',
    ]);
  });
});

describe('a signing told in the passive (English, whole pipeline)', () => {
  it('names both parties of the agreement as its sides', () => {
    expect(events('A cooperation agreement was signed between Morocco and Senegal.')).toEqual([
      'AGREE MAR,SEN>MAR,SEN',
    ]);
    expect(
      pipelineEvents('Un accord de coopération culturelle a été signé entre le Maroc et le Sénégal.', 'fr'),
    ).toEqual(['AGREE MAR,SEN>MAR,SEN']);
  });

  it('never makes the parties an unnamed official met meet each other', () => {
    expect(events('The minister held talks with the ambassadors of Japan and China.')).toEqual([
      'CONSULT >JPN,CHN',
    ]);
  });
});

describe('a welcome at the airport (whole pipeline)', () => {
  it('is the arrival of the visit told before it, and the encounter when it is told alone', () => {
    expect(
      pipelineEvents(
        "Le Premier ministre Nguyen Van An est arrivé le 3 avril à Canberra, entamant une visite officielle en Australie. Il a été accueilli sur le tarmac de l'aéroport par le ministre australien du Commerce Peter Smith.",
        'fr',
      ),
    ).toEqual(['CONSULT VNM>AUS']);
    expect(
      events(
        'Australian Trade Minister Peter Smith welcomed Vietnamese Prime Minister Nguyen Van An at the airport on Tuesday.',
      ),
    ).toEqual(['CONSULT AUS>VNM']);
  });
});

describe('troops sent or deployed (English, whole pipeline)', () => {
  it('are a mobilisation, whatever lemma the treebank gives the plural-only noun', () => {
    expect(events('Thailand deployed additional troops to the border with Cambodia on Monday.')).toEqual([
      'MOBILIZE THA>KHM',
    ]);
    expect(events('Thailand sent additional troops to its border with Cambodia on Monday.')).toEqual([
      'MOBILIZE THA>KHM',
    ]);
  });
});

describe('a refusal (whole pipeline)', () => {
  it('is the act; what it refuses to do is not done', () => {
    expect(pipelineEvents('La Chine a refusé de libérer les pêcheurs vietnamiens.', 'fr')).toEqual([
      'REJECT CHN>VNM',
    ]);
    expect(events('Beijing ruled out imposing sanctions on North Korea.')).toEqual(['REJECT CHN>PRK']);
  });
});

describe('what the parties of a meeting discussed (whole pipeline)', () => {
  it('is that meeting, not a second one', () => {
    const text = [
      'Le Premier ministre Nguyen Van An a reçu le 5 mai à Hanoï le ministre chilien des Affaires étrangères, Pablo Rojas.',
      'Les deux parties ont discuté des mesures visant à porter le commerce bilatéral à 3 milliards de dollars. Elles ont également échangé leurs points de vue sur des questions régionales.',
    ].join('\n\n');
    expect(pipelineEvents(text, 'fr')).toEqual(['CONSULT VNM>CHL']);
    expect(
      events('The two foreign ministers discussed measures to boost trade between Chile and Peru.'),
    ).toEqual(['CONSULT CHL,PER>CHL,PER']);
  });
});

describe('a violation of sovereignty said by a spokesperson (whole pipeline)', () => {
  it('is the speaker’s accusation of the violator', () => {
    expect(
      pipelineEvents(
        'La porte-parole du ministère vietnamien des Affaires étrangères, Pham Thu Hang, a affirmé que les activités de la Chine dans la zone violaient gravement la souveraineté du Vietnam.',
        'fr',
      ),
    ).toEqual(['ACCUSE VNM>CHN']);
    expect(
      events(
        "Vietnamese Foreign Ministry spokeswoman Pham Thu Hang said that China's activities seriously violated Vietnam's sovereignty.",
      ),
    ).toEqual(['ACCUSE VNM>CHN']);
  });

  it('told as a fact, is the violator’s act on the other state', () => {
    expect(events("China violated Vietnam's sovereignty.")).toEqual(['ACCUSE CHN>VNM']);
  });
});

describe('what an agreement concurs with', () => {
  it('is its object, not another act: "concurred with the proposals" is one AGREE', () => {
    const types = (text: string, language: 'fr' | 'en'): string[] =>
      analysed(text, language).events.map((event) => event.event);
    expect(
      types(
        'Le Premier ministre thaïlandais a rencontré son homologue cambodgien Hun Manet à Kuala Lumpur. Il a approuvé les propositions de Hun Manet sur la démarcation de la frontière.',
        'fr',
      ),
    ).toEqual(['CONSULT', 'AGREE']);
    expect(
      types(
        "Thai Prime Minister Anutin met Cambodian Prime Minister Hun Manet in Kuala Lumpur. Anutin concurred with Hun Manet's proposals on border demarcation.",
        'en',
      ),
    ).toEqual(['CONSULT', 'AGREE']);
  });
});

describe('a question put to someone (frame with any phrase)', () => {
  it('is no request: "asked about" blocks REQUEST, "asked X to" keeps it', () => {
    expect(
      events(
        "Asked about the Philippines' reaction to the new map issued by China last month, the spokesperson said Vietnam firmly opposes any such claims.",
      ),
    ).toEqual([]);
    expect(
      events(
        'When asked about reports that Chinese ships had entered its waters, the spokesperson declined to comment.',
      ),
    ).toEqual([]);
    expect(events('Vietnam asked China to release the fishermen.')).toEqual(['REQUEST VNM>CHN']);
  });
});

describe('withholding a remark (frame on the refused complement)', () => {
  it('rejects no one: "declined to comment" is no REJECT, "refused to release" is one', () => {
    expect(events('Japan refused to comment on the report.')).toEqual([]);
    expect(events('Japan refused to release the Chinese captain.')).toEqual(['REJECT JPN>CHN']);
    expect(pipelineEvents('La porte-parole japonaise a refusé de commenter ces informations.', 'fr')).toEqual(
      [],
    );
    expect(pipelineEvents('Le Japon a refusé de libérer le capitaine chinois.', 'fr')).toEqual([
      'REJECT JPN>CHN',
    ]);
  });
});

describe('a concern (aimed rows)', () => {
  it('accuses the party it names, and no one when it names none', () => {
    const types = (text: string, language: 'fr' | 'en'): string[] =>
      analysed(text, language).events.map((event) => event.event);
    expect(
      types('Le Vietnam est profondément préoccupé par la situation tendue dans la région.', 'fr'),
    ).toEqual([]);
    expect(types('Japan is deeply concerned about the tense situation in the region.', 'en')).toEqual([]);
    expect(
      pipelineEvents('Le Vietnam est profondément préoccupé par le tir de missile nord-coréen.', 'fr'),
    ).toContain('ACCUSE VNM>PRK');
    // The one who feels acts, the "par/by" phrase is the cause (experiencerVerbs), not a passive's agent.
    expect(pipelineEvents("Japan was alarmed by North Korea's missile launch.", 'en')).toEqual([
      'ACCUSE JPN>PRK',
    ]);
  });
});

describe('rows written from the CAMEO codebook (embargo 163, threaten with retaliation 138)', () => {
  it('codes a ban on imports as a sanction and a vow of retaliation as a threat', () => {
    expect(pipelineEvents("L'Union européenne a interdit l'importation de diamants russes.", 'fr')).toEqual([
      'SANCTION IGO>RUS',
    ]);
    expect(pipelineEvents('La Chine a menacé le Japon de représailles.', 'fr')).toEqual(['THREATEN CHN>JPN']);
    expect(pipelineEvents('Moscow vowed to retaliate against France.', 'en')).toEqual(['THREATEN RUS>FRA']);
    expect(pipelineEvents('Vietnam pledged to support Laos.', 'en')).toEqual(['AGREE VNM>LAO']);
  });
});

describe('praise said with an adverb of degree (CAMEO 051)', () => {
  it('reads "highly valued" as praise, and a price "valued at" as none', () => {
    expect(events("Japan's minister highly valued Vietnam's socio-economic achievements.")).toEqual([
      'SUPPORT JPN>VNM',
    ]);
    expect(events('The Vietnamese contract with Japan was valued at 2 billion USD.')).toEqual([]);
  });
});

describe('strikes and rockets (CAMEO 194, 195: the frame tells an attack from a walkout or a test)', () => {
  it('reads strikes on a place and rockets fired into a state as attacks', () => {
    expect(events('Israel launched strikes on southern Lebanon last week.')).toEqual(['ASSAULT ISR>LBN']);
    expect(events('Hezbollah fired rockets into northern Israel.')).toEqual(['ASSAULT LBN>ISR']);
    expect(events('Russia launched missiles at Kyiv.')).toEqual(['ASSAULT RUS>UKR']);
  });

  it('keeps a walkout dated "on Monday" a strike and missiles fired into the sea a test', () => {
    expect(events('Workers went on strike on Monday in France.')).toEqual(['PROTEST FRA>FRA']);
    expect(events('North Korea fired two ballistic missiles into the sea.')).toEqual(['MOBILIZE PRK>']);
  });
});

describe('a disaster that strikes (frames on the agent)', () => {
  it('is no attack; a force that strikes is one', () => {
    expect(
      pipelineEvents(
        'Le président Vo Van Thuong a adressé un message de condoléances au président népalais Ram Chandra Paudel. ' +
          'Le séisme a frappé vendredi soir le district de Jajarkot.',
        'fr',
      ),
    ).toEqual(['SUPPORT VNM>NPL']);
    expect(pipelineEvents("L'armée israélienne a frappé des positions du Hezbollah au Liban.", 'fr')).toEqual(
      ['ASSAULT ISR>LBN'],
    );
    expect(events('A typhoon struck northern Vietnam.')).toEqual([]);
  });
});

describe('an English noun of seizure or arrest (the French rows’ `noun patient`)', () => {
  it('takes its "of" phrase as what is seized, never as the seizer', () => {
    expect(events('The Philippines protested the seizure of Filipino boats.')).not.toContain('COERCE PHL>');
    expect(events('The Philippines condemned the detention of Filipino fishermen by China.')).toEqual([
      'ACCUSE PHL>CHN',
      'COERCE CHN>PHL',
    ]);
  });
});

describe('relief goods handed over (whole pipeline)', () => {
  it('are aid, in French and in English', () => {
    expect(
      pipelineEvents(
        "L'ambassade du Chili au Pérou a remis à la partie péruvienne un lot de tentes et de couvertures.",
        'fr',
      ),
    ).toEqual(['AID CHL>PER']);
    expect(events('The Chilean embassy handed over masks and ventilators to Peru on Monday.')).toEqual([
      'AID CHL>PER',
    ]);
  });
});

describe('a chargé d’affaires (whole pipeline)', () => {
  it('is an office, not a charge brought against a party', () => {
    expect(
      events("In 2023, Chile and Peru downgraded their missions to the level of charge d'affaires."),
    ).toEqual([]);
    expect(events('Chile accused Peru of interference on Monday.')).toEqual(['ACCUSE CHL>PER']);
  });
});

describe('counter-measures (French, whole pipeline)', () => {
  it('reads counter-measures announced against a state as a sanction on it', () => {
    expect(
      pipelineEvents(
        'La Chine a annoncé le 5 mai des contre-mesures contre six entreprises américaines.',
        'fr',
      ),
    ).toEqual(['SANCTION CHN>USA']);
  });
});

describe('"at the request of", "à la demande de" (whole pipeline)', () => {
  it('says on whose behalf an act is done: no request of its own, while a request made stays one', () => {
    expect(pipelineEvents('The ministry acted at the request of the Thai government.', 'en')).toEqual([]);
    expect(pipelineEvents('Le ministère a agi à la demande du gouvernement thaïlandais.', 'fr')).toEqual([]);
    expect(pipelineEvents('The ministry acted at the Thai government’s request.', 'en')).toEqual([]);
    expect(pipelineEvents('The ministry acted at their request.', 'en')).toEqual([]);
    expect(pipelineEvents('Thailand made a request to Japan for aid.', 'en')).toEqual(['REQUEST THA>JPN']);
    expect(pipelineEvents("La Thaïlande a adressé une demande d'aide au Japon.", 'fr')).toEqual([
      'REQUEST THA>JPN',
    ]);
  });
});

describe('a courtesy call paid with no article (whole pipeline)', () => {
  it('is a visit, not an appeal: "paid courtesy calls on X and Y"', () => {
    expect(
      events(
        "Peru's ambassador paid courtesy calls on Chilean President Gabriel Boric and Foreign Minister Alberto van Klaveren.",
      ),
    ).toEqual(['CONSULT PER>CHL']);
  });
});
