import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

/** "TYPE "cue"" for each event of a text, from the whole analysis. */
function coded(text: string, language: 'fr' | 'en'): string[] {
  const record = analysed(text, language);
  return record.events.map(
    (event) => `${event.event} "${record.text.slice(event.cue.start, event.cue.end)}"`,
  );
}

describe('the clause that describes a text (whole pipeline)', () => {
  it('is no act, even where the parser read its relative "que" as a completive on the noun', () => {
    expect(
      coded(
        "Ces essais violent la convention des Nations unies et le traité sur l'interdiction des armes nucléaires que la Corée a ratifié.",
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('the relative clause after an act named with its places and dates (whole pipeline)', () => {
  it('tells what that act did, not another act', () => {
    const types = (text: string, language: 'fr' | 'en'): string[] =>
      analysed(text, language).events.map((event) => event.event);
    expect(
      types(
        'Vietnam strongly condemns the attack on a school in northern Nigeria on Saturday, which killed at least 30 students, Foreign Ministry spokesperson Pham Thu Hang said on March 16.',
        'en',
      ),
    ).not.toContain('ASSAULT');
    expect(
      types(
        "Le Vietnam condamne fermement l'attentat contre un marché de la province de Kandahar, en Afghanistan, samedi 3 mai, qui a tué au moins 20 personnes, a déclaré la porte-parole.",
        'fr',
      ),
    ).not.toContain('ASSAULT');
  });
});

describe('the infinitive clause of a ranked noun (whole pipeline)', () => {
  it('recalls a record, it reports no act', () => {
    expect(
      coded(
        'The President said Vietnam treasures its friendship with Chile, the first South American country to sign a free trade agreement with Vietnam.',
        'en',
      ),
    ).toEqual([]);
    expect(coded('Cuba was the first Western Hemisphere country to recognize Vietnam.', 'en')).toEqual([]);
    expect(
      coded(
        "Le président a souligné que le Chili est le premier pays d'Amérique du Sud à signer un accord de libre-échange avec le Vietnam.",
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a judgement of every act of a kind (whole pipeline)', () => {
  it('is a position, even with a common noun beside the quantified object', () => {
    expect(coded('Vietnam opposes all acts of violence against civilians, she said.', 'en')).toEqual([]);
    expect(
      coded(
        "Le Vietnam condamne toutes les attaques contre des civils et s'oppose à tout acte qui viole le droit international, a-t-elle souligné.",
        'fr',
      ),
    ).toEqual([]);
  });

  it('still accuses the party the quantified act names', () => {
    expect(coded('Vietnam condemns all attacks by Israel on civilians.', 'en')).toContain(
      'ACCUSE "condemns"',
    );
  });
});

describe('what a stance noun holds (whole pipeline)', () => {
  it('is a standing position, not an act: "its consistent stance of supporting…", "sa politique de soutenir…"', () => {
    expect(
      pipelineEvents(
        "Vu reiterated Vietnam's consistent stance of supporting the settlement of disputes by peaceful means with Russia.",
        'en',
      ),
    ).toEqual([]);
    expect(
      pipelineEvents(
        'Le Vietnam a réaffirmé sa politique constante de soutenir le règlement pacifique des différends avec la Chine.',
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a question from reporters (whole pipeline)', () => {
  it('is no request between parties', () => {
    expect(
      pipelineEvents(
        'Asked by reporters on Monday, Chilean spokeswoman Ana Soto said Chile condemns the attack on Peru.',
        'en',
      ),
    ).toEqual(['ACCUSE CHL>PER']);
    expect(
      pipelineEvents(
        "Interrogée par la presse, la porte-parole chilienne Ana Soto a déclaré que le Chili condamnait l'attaque contre le Pérou.",
        'fr',
      ),
    ).toEqual(['ACCUSE CHL>PER']);
  });
});

describe('an act counted over a period (whole pipeline)', () => {
  it('is a statistic when it counts what was done, wherever the parser hung its "depuis/since" phrase', () => {
    expect(
      coded(
        "Depuis le début de l'année, 14 bateaux et 112 pêcheurs vietnamiens ont été saisis à l'étranger, selon les statistiques du ministère.",
        'fr',
      ),
    ).toEqual([]);
    expect(
      coded(
        'Since the start of the year, 40 Vietnamese boats have been seized by foreign forces, the ministry said.',
        'en',
      ),
    ).toEqual([]);
  });

  it('leaves a dated act with its count, a count with its doer as subject, and a "since" of another clause', () => {
    expect(
      coded(
        'Le 3 mars, les garde-côtes chinois ont arrêté 12 pêcheurs vietnamiens près des îles Hoang Sa.',
        'fr',
      ),
    ).toEqual(['COERCE "arrêté"']);
    expect(coded('Chinese coast guards detained 12 Vietnamese fishermen on March 3.', 'en')).toEqual([
      'COERCE "detained"',
    ]);
    expect(coded('Russia has expelled 12 Estonian diplomats since 2022.', 'en')).toEqual([
      'SANCTION "expelled"',
    ]);
    expect(
      coded('La Chine a arrêté 12 pêcheurs vietnamiens qui pêchaient depuis mardi dans la zone.', 'fr'),
    ).toEqual(['COERCE "arrêté"']);
  });
});

describe('a relative clause on a noun of an act told before (whole pipeline)', () => {
  it('says what the protested act does, not another accusation', () => {
    expect(
      coded(
        "Le 12 mars, le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine à Hanoï pour protester contre cet acte, qui porte atteinte à la souveraineté du Vietnam sur les îles Truong Sa.",
        'fr',
      ),
    ).toEqual(['ACCUSE "convoqué l\'ambassadeur"']);
    expect(
      coded(
        "The ministry handed a note to the Chinese embassy to protest the move, which violates Vietnam's sovereignty.",
        'en',
      ),
    ).toEqual(['ACCUSE "handed a note"']);
  });
});

describe('a noun of the doers of an act (whole pipeline)', () => {
  it('names people, not an act, though a cue row\'s wildcard matches it ("attack*")', () => {
    expect(
      coded('Russian police detained 11 people, including four suspected attackers, on Monday.', 'en'),
    ).toEqual(['COERCE "detained"']);
    expect(
      coded('La police russe a arrêté lundi onze personnes, dont quatre assaillants présumés.', 'fr'),
    ).toEqual(['COERCE "arrêté"']);
  });
});

describe('the relative clause after an act described by a participle (whole pipeline)', () => {
  it('tells what that act did, the participle being part of its phrase', () => {
    const found = coded(
      'Le Vietnam a fermement condamné les attentats perpétrés lundi à Kaboul, qui ont tué au moins 40 personnes.',
      'fr',
    );
    expect(found.filter((event) => event.startsWith('ASSAULT'))).toEqual([]);
  });
});

describe('the toll of an act told before (whole pipeline)', () => {
  it('is what that act did, not an act of whoever reports it', () => {
    expect(
      pipelineEvents(
        'India launched missile strikes on nine sites in Pakistan on May 7. Pakistan said the strikes killed 31 civilians.',
        'en',
      ),
    ).toEqual(['ASSAULT IND>PAK']);
    expect(
      pipelineEvents(
        "L'Inde a lancé des frappes de missiles sur neuf sites au Pakistan le 7 mai. Selon Islamabad, les frappes ont tué 31 civils.",
        'fr',
      ),
    ).toEqual(['MOBILIZE IND>PAK']);
  });

  it('is an act of its own when no act was told before', () => {
    expect(coded('The attack killed 12 Pakistani soldiers near the border with Afghanistan.', 'en')).toEqual([
      'ASSAULT "killed"',
    ]);
  });
});

describe('a link to another article left in a raw text (whole pipeline)', () => {
  it('tells that article’s news, not this one’s', () => {
    const text = [
      'Hanoi (VNA) – Vietnam and Chile held talks in Hanoi on March 4 on trade.',
      'Read more: Vietnam calls on Japan to lift import curbs',
      'Lire aussi : Le Vietnam exhorte la Chine à respecter sa souveraineté',
    ].join('\n\n');
    const found = coded(text, 'en');
    expect(found).toEqual(['CONSULT "held talks"']);
  });
});

describe('a disaster told with an apposition before its verb (whole pipeline)', () => {
  it('is no attack: the hazard is the subject even where the parser hung the verb in the apposition', () => {
    const text =
      'The typhoon, the strongest to hit Tonga in a decade, killed 12 people, left 3,000 homeless and damaged the port.';
    expect(coded(text, 'en')).toEqual([]);
  });
});

describe('a cue word inside a person’s name (whole pipeline)', () => {
  it('is the name, not an act ("Don" is no donation)', () => {
    const text =
      'Le ministre portugais du Commerce, Don Vasconcelos, a affirmé que le Portugal était prêt à coopérer avec le Vietnam.';
    expect(coded(text, 'fr').some((event) => event.startsWith('AID'))).toBe(false);
  });
});
