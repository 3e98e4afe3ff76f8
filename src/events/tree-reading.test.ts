import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import type { SyntaxLanguage } from '../syntax/types.js';
import type { FixtureEntity } from './fixture-record.js';
import { coded, country, cueText, person, summary } from './test-support/coded-trees.js';

describe('event sides from the dependency tree', () => {
  it('takes the agent of a passive as actor and never a source ("selon la porte-parole")', () => {
    const { events } = coded(
      'fr',
      ['passive-agent-source'],
      [person('Nguyen Thi Lan', 'VNM'), country('vietnamien', 'VNM'), country('chinois', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['COERCE CHN>VNM']);
  });

  it('gives an accepted invitation to the acceptor, the inviter receiving', () => {
    const { record, events } = coded(
      'fr',
      ['invitation-accepted'],
      [person('Vladimir Poutine', 'RUS'), country('russe', 'RUS'), country('vietnamien', 'VNM')],
    );
    const accepted = events.find((event) => cueText(record, event) === 'acceptée');
    expect(accepted && summary(accepted)).toBe('AGREE VNM>RUS');
  });

  it('gives an announced aid to the announcer, the country named under its receivers receiving', () => {
    const { events } = coded(
      'fr',
      ['aid-announced-to-victims'],
      [country('France', 'FRA'), country('Vietnam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['AID FRA>VNM']);
  });

  it('codes a donation received from a country as given by it, with no meeting', () => {
    const { events } = coded(
      'fr',
      ['donation-received'],
      [country('Laos', 'LAO'), country('Vietnam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['AID VNM>LAO']);
  });

  it('reads a control verb as one request: the addressee receives, the embedded act is its object', () => {
    const { events } = coded('fr', ['object-control'], [country('Japon', 'JPN'), country('Chine', 'CHN')]);
    expect(events.map(summary)).toEqual(['REQUEST JPN>CHN']);
    expect(events[0]!.commitment?.what).toBe('cesser ses activités dans la zone');
  });

  it("codes a participial clause beside a request as the subject's own act, wherever it hangs", () => {
    const { events } = coded(
      'fr',
      ['participle-aside'],
      [country('Vietnam', 'VNM'), country('États-Unis', 'USA'), country('américaine', 'USA')],
    );
    expect(events.map(summary)).toEqual(['REQUEST VNM>USA', 'ACCUSE VNM>USA']);
  });

  it('takes a postposed speaker as the requester, not the subject of the reported clause', () => {
    const { events } = coded(
      'fr',
      ['postposed-speaker'],
      [country('Chine', 'CHN'), country('japonais', 'JPN')],
    );
    const request = events.find((event) => event.event === 'REQUEST');
    expect(request && summary(request)).toBe('REQUEST JPN>CHN');
    const release = events.find((event) => event.event === 'CONCEDE');
    expect(release?.hypothetical).toBe(true);
  });

  it('lists coordinated subjects on both sides of a reciprocal meeting', () => {
    const { events } = coded(
      'fr',
      ['coordinated-subjects'],
      [
        person('Xi Jinping', 'CHN'),
        person('Tô Lâm', 'VNM'),
        { type: 'place', name: 'Pékin', country: 'CHN' },
      ],
    );
    expect(events.map(summary)).toEqual(['CONSULT CHN,VNM>CHN,VNM']);
  });

  it('expands a coordination inside the subject phrase into one event with every actor', () => {
    const { events } = coded(
      'en',
      ['coordination-inside-subject'],
      [country('Laos', 'LAO'), country('Cambodia', 'KHM'), country('Cuba', 'CUB'), person('To Lam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['SUPPORT LAO,KHM,CUB>VNM']);
  });

  it('takes a noun cue\'s possessor as its actor ("Turkey\'s appeal")', () => {
    const { events } = coded(
      'en',
      ['possessor-noun-cue'],
      [country('Turkey', 'TUR'), { type: 'organization', name: 'European Union', country: 'IGO' }],
    );
    expect(events.map(summary)).toEqual(['REQUEST TUR>IGO']);
  });

  it('reads "à l\'invitation de X" as X inviting, the visitor visiting the host', () => {
    const { events } = coded(
      'fr',
      ['at-the-invitation-of'],
      [person('Xi Jinping', 'CHN'), country('vietnamien', 'VNM'), country('Chine', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>CHN']);
    expect(events[0]!.mode).toContain('visit');
  });

  it('resolves "il" to the subject of the previous sentence', () => {
    const { events } = coded(
      'fr',
      ['anaphora-host', 'anaphora-il'],
      [person('Vo Van An', 'VNM'), country('Japon', 'JPN')],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>JPN', 'SUPPORT VNM>JPN']);
  });

  it('resolves "il" in a reported clause to the speaker of the same sentence first', () => {
    const { events } = coded(
      'fr',
      ['anaphora-host', 'pronoun-in-reported-clause'],
      [
        person('Vo Van An', 'VNM'),
        country('Japon', 'JPN'),
        person('Sergueï Lavrov', 'RUS'),
        country('russe', 'RUS'),
        country('vietnamien', 'VNM'),
      ],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>JPN', 'CONSULT RUS>VNM']);
  });

  it('takes "par X" as the agent of a noun whose "de" complement undergoes it', () => {
    const { events } = coded('fr', ['agent-of-a-patient-noun'], [country('Chine', 'CHN')]);
    expect(events.map(summary)).toEqual(['RETREAT CHN>']);
  });

  it('takes the passive agent in English too', () => {
    const { events } = coded(
      'en',
      ['passive-agent'],
      [country('Vietnamese', 'VNM'), country('Chinese', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['COERCE CHN>VNM']);
  });
});

describe('cue senses from their arguments (lang/<code>/event-frames.tsv)', () => {
  const types = (language: SyntaxLanguage, id: string, entities: FixtureEntity[] = []): string[] =>
    coded(language, [id], entities).events.map((event) => event.event);

  it('reads no attack in a fight against a disease', () => {
    expect(types('fr', 'combat-disease')).not.toContain('ASSAULT');
  });

  it('reads no ramming in "aborder des questions"', () => {
    expect(types('fr', 'aborder-question')).not.toContain('ASSAULT');
  });

  it('reads no meeting in "les difficultés rencontrées"', () => {
    expect(
      types('fr', 'difficulties-met', [country('vietnamiennes', 'VNM'), country('Russie', 'RUS')]),
    ).not.toContain('CONSULT');
  });

  it('reads a mobilisation in deployed vessels, not in deployed efforts', () => {
    expect(types('fr', 'efforts-deployed')).not.toContain('MOBILIZE');
    expect(types('fr', 'vessels-deployed', [country('Chine', 'CHN')])).toEqual(['MOBILIZE']);
  });

  it('reads no threat in "threaten stability"', () => {
    expect(types('en', 'threaten-stability')).not.toContain('THREATEN');
  });

  it('reads a missile strike as an attack, not a walkout', () => {
    const { events } = coded('en', ['missile-strike'], [country('Russian', 'RUS')]);
    expect(events.map(summary)).toEqual(['ASSAULT RUS>']);
  });

  it('reads a vow of countermeasures as a threat, not a promise', () => {
    const { events } = coded(
      'en',
      ['vowed-countermeasures'],
      [
        { type: 'place', name: 'Beijing', country: 'CHN' },
        { type: 'place', name: 'Washington', country: 'USA' },
      ],
    );
    expect(events.map((event) => event.event)).toEqual(['THREATEN']);
    expect(events[0]!.commitment).toBeNull();
  });

  it('reads no march in a date ("on March 21")', () => {
    const { events } = coded(
      'en',
      ['march-in-a-date'],
      [country('Japan', 'JPN'), country('China', 'CHN')],
      [{ text: 'March 21', value: 'XXXX-03-21' }],
    );
    expect(events.map((event) => event.event)).toEqual(['CONSULT']);
  });

  it('codes no event without any side (a cue word in another sense)', () => {
    expect(types('fr', 'aborder-question')).toEqual([]);
    expect(types('en', 'threaten-stability')).toEqual([]);
  });
});

describe('negation and modality from the tree', () => {
  it('negates a cue whose object is negated ("summoned no envoy")', () => {
    const { events } = coded('en', ['summoned-no-envoy'], [country('Japan', 'JPN')]);
    expect(events.map((event) => [event.event, event.negated])).toEqual([['ACCUSE', true]]);
  });

  it('does not negate a cue for the negation of another verb', () => {
    const { events } = coded(
      'en',
      ['negation-of-another-verb'],
      [country('Vietnam', 'VNM'), country('China', 'CHN')],
    );
    expect(events.map((event) => `${summary(event)} ${event.negated}`)).toEqual(['ACCUSE VNM>CHN false']);
  });

  it('negates "n\'a pas rencontré"', () => {
    const { events } = coded(
      'fr',
      ['negated-meeting'],
      [country('vietnamien', 'VNM'), country('chinois', 'CHN')],
    );
    expect(events.map((event) => `${summary(event)} ${event.negated}`)).toEqual(['CONSULT VNM>CHN true']);
  });

  it('makes planned talks, future meetings and a modal signing hypothetical', () => {
    const planned = coded(
      'fr',
      ['talks-planned'],
      [country('Vietnam', 'VNM'), country('Chine', 'CHN')],
    ).events;
    expect(planned.map((event) => [event.event, event.hypothetical])).toEqual([['CONSULT', true]]);
    const plannedEn = coded('en', ['talks-planned'], [country('China', 'CHN')]).events;
    expect(plannedEn.map((event) => [event.event, event.hypothetical])).toEqual([['CONSULT', true]]);
    const future = coded(
      'en',
      ['march-in-a-date'],
      [country('Japan', 'JPN'), country('China', 'CHN')],
      [{ text: 'March 21', value: 'XXXX-03-21' }],
    ).events;
    expect(future[0]?.hypothetical).toBe(true);
    const modal = coded(
      'fr',
      ['modal-signing'],
      [country('Vietnam', 'VNM'), country('Canada', 'CAN')],
    ).events;
    expect(modal.map((event) => `${summary(event)} ${event.hypothetical}`)).toEqual(['AGREE VNM>CAN true']);
  });
});

describe('commitments from the tree', () => {
  it('takes the whole complement clause as what is committed to', () => {
    const { events } = coded(
      'fr',
      ['long-commitment'],
      [country('Vietnam', 'VNM'), { type: 'organization', name: 'ASEAN', country: 'IGO' }],
    );
    expect(events[0]!.commitment?.what).toBe(
      "renforcer la coopération avec les dirigeants des pays membres de l'ASEAN dans le domaine de la santé publique",
    );
  });

  it('dates a promise by its deadline, not by the day it was made', () => {
    const { events } = coded(
      'fr',
      ['promise-date-vs-due'],
      [country('Japon', 'JPN'), country('Vietnam', 'VNM')],
      [
        { text: '3 juin', value: 'XXXX-06-03' },
        { text: 'juillet', value: 'XXXX-07', grain: 'month' },
      ],
    );
    expect(events.map(summary)).toEqual(['AGREE JPN>VNM']);
    expect(events[0]!.commitment?.due).toEqual({ text: 'juillet', value: 'XXXX-07' });
    expect(events[0]!.date?.value).toBe('XXXX-06-03');
  });

  it('takes no due date from a year inside a name, a signing date or another clause', () => {
    const year = coded(
      'fr',
      ['year-in-a-name'],
      [country('Chine', 'CHN')],
      [{ text: '1982', value: '1982', grain: 'year' }],
    ).events;
    expect(year[0]!.commitment?.due).toBeNull();
    const signed = coded(
      'fr',
      ['signing-date'],
      [country('Vietnam', 'VNM'), country('Laos', 'LAO')],
      [{ text: '5 mai', value: 'XXXX-05-05' }],
    ).events;
    expect(signed.map((event) => event.event)).toEqual(['AGREE']);
    expect(signed[0]!.commitment?.due).toBeNull();
    const other = coded(
      'fr',
      ['date-of-another-clause'],
      [country('Vietnam', 'VNM'), country('Russie', 'RUS')],
      [{ text: 'juillet', value: 'XXXX-07', grain: 'month' }],
    ).events;
    expect(other.map(summary)).toEqual(['REQUEST VNM>RUS']);
    expect(other[0]!.commitment).toMatchObject({ what: 'soutenir le transfert de technologie', due: null });
  });
});

describe('event nouns: light verbs, arguments of other cues, references', () => {
  it('gives a noun cue carried by a light verb to the verb subject ("a effectué une visite")', () => {
    const { events } = coded(
      'fr',
      ['light-verb-visit'],
      [country('indonésien', 'IDN'), country('Vietnam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['CONSULT IDN>VNM']);
  });

  it('codes no act nobody named inside another cue\'s object, nor a condemnation of it aimed at no one ("condamne les attentats terroristes commis à Manille")', () => {
    const { events } = coded(
      'fr',
      ['noun-in-cue-argument'],
      [country('Vietnam', 'VNM'), country('Manille', 'PHL')],
    );
    // The place is the victim's, not the culprit's: the agency-news guidelines leave a worry with no
    // culprit uncoded (judgesUnattributedAct).
    expect(events).toEqual([]);
  });

  it("gives an act inside another cue's argument to the author its own phrase names, never to the speaker", () => {
    const { events } = coded(
      'fr',
      ['noun-author-in-cue-argument'],
      [country('Vietnam', 'VNM'), country('nord-coréen', 'PRK')],
    );
    const launch = events.find((event) => event.event === 'MOBILIZE');
    expect(launch?.actor.map((side) => side.code)).toEqual(['PRK']);
  });

  it('reads a definite event noun naming no participant as a reference, not a new event', () => {
    const fr = coded('fr', ['definite-reference'], [country('vietnamien', 'VNM'), country('Japon', 'JPN')]);
    expect(fr.events.map(summary)).toEqual(['SUPPORT VNM>JPN']);
    const en = coded('en', ['during-the-meeting'], [country('Vietnamese', 'VNM'), country('Japan', 'JPN')]);
    expect(en.events.map(summary)).toEqual(['SUPPORT VNM>JPN']);
  });

  it('makes talks that a future light verb carries hypothetical, conjoined nouns included', () => {
    const { events } = coded(
      'fr',
      ['future-light-verb'],
      [country('vietnamien', 'VNM'), country('japonais', 'JPN')],
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.event === 'CONSULT' && event.hypothetical)).toBe(true);
  });

  it('gives a quoted "we" to the one who says the sentence', () => {
    const { events } = coded('en', ['quoted-we'], [person('Hang', 'VNM'), country('Philippines', 'PHL')]);
    expect(events.map(summary)).toEqual(['SUPPORT VNM>PHL']);
  });

  it('reads the visit an invitation asks for as its content, even hung on the verb ("son invitation à X à se rendre")', () => {
    const { events } = coded(
      'fr',
      ['invitation-complement-on-verb'],
      [country('Japon', 'JPN', 'japonais'), country('Vietnam', 'VNM')],
    );
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
  });

  it("codes no act in a standing position: a stance noun's copular clause or a habitual adverb", () => {
    const states = [country('Japon', 'JPN'), country('Corée du Sud', 'KOR')];
    expect(coded('fr', ['stance-copula'], states).events).toEqual([]);
    expect(coded('fr', ['stance-habitual'], states).events).toEqual([]);
    expect(coded('fr', ['support-act'], states).events.map(summary)).toEqual(['SUPPORT JPN>KOR']);
  });

  it('codes a visit made to do another act as that act ("s\'est rendu à l\'ambassade pour remettre un don")', () => {
    const states = [country('Japon', 'JPN', 'japonais'), country('Vietnam', 'VNM')];
    expect(coded('fr', ['visit-purpose'], states).events.map(summary)).toEqual(['AID JPN>VNM']);
  });

  it("codes no act in a relative clause on an act's noun, nor in a text's participle clause", () => {
    const states: FixtureEntity[] = [
      country('Japon', 'JPN'),
      country('Chine', 'CHN'),
      { type: 'place', name: 'Manille', country: 'PHL' },
    ];
    expect(coded('fr', ['relative-consequence'], states).events.map((e) => e.event)).toEqual(['ACCUSE']);
    expect(coded('fr', ['document-content'], states).events).toEqual([]);
  });

  it('codes no act in a past participle describing what another act is done to ("les pêcheurs détenus")', () => {
    const states = [country('Chine', 'CHN'), country('Vietnam', 'VNM', 'vietnamiens')];
    expect(coded('fr', ['participle-background'], states).events.map(summary)).toEqual(['CONCEDE CHN>VNM']);
  });

  it('reads a verb cue the tagger reads as a noun with the noun\'s row ("a eu une rencontre avec")', () => {
    const states = [country('Argentine', 'ARG', 'argentin'), country('Inde', 'IND', 'indien')];
    expect(coded('fr', ['noun-homograph-meeting'], states).events.map(summary)).toEqual(['CONSULT ARG>IND']);
  });

  it('reads "protest" by who protests: a ministry accuses, a crowd demonstrates (the other row of the same words)', () => {
    const ministry = coded(
      'en',
      ['protest-ministry'],
      [country('Thailand', 'THA', 'Thai'), country('Cambodia', 'KHM', 'Cambodian')],
    );
    expect(ministry.events.map(summary)).toEqual(['ACCUSE THA>KHM', 'ASSAULT KHM>THA']);
    const crowd = coded('fr', ['protest-crowd-purpose'], [country('Russie', 'RUS', 'russe')]);
    expect(crowd.events.find((e) => cueText(crowd.record, e) === 'protester')?.event).toBe('PROTEST');
  });

  it('codes a visit whose purpose the parser labelled xcomp as the act it was made for', () => {
    const states = [country('Japan', 'JPN', 'Japanese'), country('Cuba', 'CUB', 'Cuban')];
    expect(coded('en', ['visit-purpose-xcomp'], states).events.map(summary)).toEqual(['AID JPN>CUB']);
  });

  it('gives a participle coordinated with a future verb that future ("aura des entretiens et entrevues")', () => {
    const states = [country('Japon', 'JPN', 'japonais'), country('Inde', 'IND', 'indiens')];
    const { events } = coded('fr', ['future-shared-by-participle'], states);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.hypothetical)).toBe(true);
  });

  it('gives an act to the person, organisation or state it is done to before a place ("à Kaboul")', () => {
    const entities: FixtureEntity[] = [
      country('France', 'FRA', 'français'),
      { type: 'place', name: 'Kaboul', country: 'AFG' },
    ];
    expect(coded('fr', ['patient-before-place'], entities).events.map(summary)).toEqual(['COERCE AFG>FRA']);
  });

  it('reads a noun in the argument of a governed cue as what it is about ("accused X of violating the ceasefire")', () => {
    const states = [country('Thailand', 'THA'), country('Cambodia', 'KHM')];
    expect(coded('en', ['noun-under-governed-cue'], states).events.map(summary)).toEqual(['ACCUSE THA>KHM']);
  });

  it('reads a speech at a summit as a multilateral meeting, and "président" as no form of "présider"', () => {
    const asean: FixtureEntity = { type: 'organization', name: 'ASEAN', country: 'IGO' };
    const { record, events } = coded('fr', ['speech-at-summit'], [asean]);
    expect(events.map((e) => [e.event, cueText(record, e), e.mode])).toEqual([
      ['CONSULT', 'prononcé un discours lors du sommet', ['multilateral']],
    ]);
  });

  it('reads a "participle" with a direct object that the parser hung on its subject as that subject\'s act', () => {
    const states = [country('Malaysia', 'MYS', 'Malaysian'), country('Vietnam', 'VNM', 'Vietnamese')];
    expect(coded('en', ['finite-verb-as-acl'], states).events.map(summary)).toEqual(['COERCE MYS>VNM']);
  });

  it('codes no act in a clause depending on a habitual one, nor support named as the aim of an act', () => {
    const states = [country('Suisse', 'CHE'), country('Japon', 'JPN'), country('Laos', 'LAO')];
    expect(coded('fr', ['habit-of-governing-clause'], states).events).toEqual([]);
    expect(coded('fr', ['aim-of-aid'], states).events.map(summary)).toEqual(['AID JPN>LAO']);
  });

  it('codes speaking highly of a party as praise', () => {
    const states = [
      country('Indonesia', 'IDN', 'Indonesian'),
      country('Singapore', 'SGP'),
      { type: 'organization', name: 'ASEAN', country: 'IGO' } as FixtureEntity,
    ];
    expect(coded('en', ['spoke-highly-of'], states).events.map(summary)).toEqual(['SUPPORT IDN>SGP']);
  });

  it('reads a promise in the future tense as a promise made, not a guess ("continuera à soutenir")', () => {
    const states = [country('France', 'FRA'), country('Sénégal', 'SEN')];
    const { events } = coded('fr', ['promise-in-future'], states);
    expect(events.map((e) => [summary(e), e.hypothetical])).toEqual([['AGREE FRA>SEN', false]]);
  });

  it('codes no judgement of any act of a kind ("condamne tous les actes de terrorisme", "opposes any sanctions")', () => {
    expect(coded('fr', ['judges-any-act'], [country('Inde', 'IND')]).events).toEqual([]);
    expect(coded('en', ['judges-any-act'], [country('China', 'CHN')]).events).toEqual([]);
  });

  it('reads an invitation to come as an invitation and one to do something else as an appeal', () => {
    const states = [
      country('Cambodge', 'KHM', 'cambodgien'),
      country('Thaïlande', 'THA'),
      country('Égypte', 'EGY', 'égyptien'),
      country('Soudan', 'SDN', 'soudanais'),
    ];
    expect(coded('fr', ['invite-to-act'], states).events.map(summary)).toEqual(['REQUEST KHM>THA']);
    expect(coded('fr', ['invite-to-visit'], states).events.map(summary)).toEqual(['AGREE EGY>SDN']);
  });

  it('reads a que-clause hung on the verb carrying "souhait" as what is wished, not an act of its own', () => {
    const states = [country('Sénégal', 'SEN', 'sénégalais'), country('France', 'FRA')];
    expect(coded('fr', ['wish-clause-on-carrier'], states).events.map(summary)).toEqual(['REQUEST SEN>FRA']);
  });

  it('codes talks told with a reflexive verb and no "avec" ("X et Y se sont entretenus")', () => {
    const states = [country('Tchéquie', 'CZE', 'tchèque'), country('Slovaquie', 'SVK', 'slovaque')];
    const { events } = coded('fr', ['reciprocal-talks'], states);
    const parties = (e: EventRecord): string[] =>
      [...new Set([...e.actor, ...e.recipient].map((a) => a.code))].sort();
    expect(events.map((e) => [e.event, parties(e)])).toEqual([['CONSULT', ['CZE', 'SVK']]]);
  });

  it('codes a speaker\'s "must" only when the reported clause\'s subject is an actor', () => {
    const states = [country('Japan', 'JPN'), country('China', 'CHN')];
    expect(coded('en', ['speaker-no-actor'], states).events.filter((e) => e.event === 'REQUEST')).toEqual([]);
    expect(coded('en', ['speaker-actor'], states).events.map(summary)).toEqual(['REQUEST JPN>CHN']);
  });

  it('gives "elle" to the subject of the previous main clause, not to the author of an act inside it', () => {
    const states = [country('Japon', 'JPN', 'japonaise'), country('Chine', 'CHN')];
    const { events } = coded('fr', ['main-subject-then', 'pronoun-elle'], states);
    expect(events.find((event) => event.event === 'MOBILIZE')?.actor.map((a) => a.code)).toEqual(['JPN']);
  });

  it('gives an event noun with a possessive to the nearest actor before it ("contre son déploiement")', () => {
    const states = [country('Vietnam', 'VNM'), country('Chine', 'CHN')];
    const { events } = coded('fr', ['possessive-author'], states);
    expect(events.map(summary)).toEqual(['ACCUSE VNM>CHN', 'MOBILIZE CHN>VNM']);
  });

  it('codes no support for efforts or peace: a stated position, not an act towards a party', () => {
    expect(coded('fr', ['support-efforts'], [country('Vietnam', 'VNM')]).events).toEqual([]);
  });

  it("reads no attack in a striker and no agreement in a player's contract", () => {
    const { events } = coded(
      'fr',
      ['verb-homograph'],
      [country('brésilien', 'BRA'), country('coréen', 'KOR')],
    );
    expect(events).toEqual([]);
  });

  it("aims a domestic act at the actor's own state when the sentence names no other", () => {
    const { events } = coded('en', ['domestic-threat'], [country('Algerian', 'DZA')]);
    expect(events.map(summary)).toEqual(['THREATEN DZA>DZA']);
  });

  it('takes no arrest from a stopped survey and no seizure from a seized opportunity', () => {
    const stopped = coded('fr', ['stop-not-arrest'], [country('chinois', 'CHN')]);
    expect(stopped.events.filter((event) => event.event === 'COERCE')).toEqual([]);
    const seized = coded(
      'en',
      ['seize-the-opportunity'],
      [country('Thai', 'THA'), country('Malaysia', 'MYS')],
    );
    expect(seized.events.filter((event) => event.event === 'COERCE')).toEqual([]);
  });

  it('codes no accusation from an adjective on a noun ("alleged illegal fishing", "les forages illégaux")', () => {
    const alleged = coded(
      'en',
      ['alleged-attributive'],
      [country('Indonesian', 'IDN'), country('Vietnamese', 'VNM')],
    );
    expect(alleged.events.map(summary)).toEqual(['COERCE IDN>VNM']);
    const illegal = coded(
      'fr',
      ['illegal-attributive'],
      [country('philippins', 'PHL'), country('chinois', 'CHN')],
    );
    expect(illegal.events.map((event) => event.ruleId)).toEqual(['fr.accuse.condemn']);
  });

  it('takes a possessive as the author of an event noun and its "of" complement as the target, planned or not', () => {
    const { events } = coded(
      'en',
      ['possessive-invasion-planned'],
      [country('Russia', 'RUS'), country('Ukraine', 'UKR')],
    );
    expect(events.map(summary)).toEqual(['ASSAULT RUS>UKR']);
    expect(events[0]!.hypothetical).toBe(false);
  });

  it('reads a main verb the parser hung as a participle on its subject in a sentence with no finite verb', () => {
    const { events } = coded(
      'en',
      ['rootless-participle-protest'],
      [
        country('Ukrainian', 'UKR'),
        country('Russian', 'RUS'),
        country('Russia', 'RUS'),
        country('Ukraine', 'UKR'),
      ],
    );
    const protest = events.find((event) => event.event === 'PROTEST');
    expect(protest && summary(protest)).toBe('PROTEST UKR>RUS');
  });

  it('gives a possessive on a noun a light verb carries to the verb\'s subject ("ont tenu leur dialogue")', () => {
    const { events } = coded(
      'fr',
      ['possessive-dialogue-light-verb'],
      [country('Vietnam', 'VNM'), country('France', 'FRA')],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM,FRA>VNM,FRA']);
  });

  it('reads no act in a bare event noun that names a kind of thing ("navire d\'enquête")', () => {
    const { events } = coded(
      'fr',
      ['survey-ship-kind'],
      [country('chinois', 'CHN'), country('vietnamiennes', 'VNM')],
    );
    expect(events.map((event) => event.event)).toEqual(['RETREAT']);
  });

  it('codes no contact between parties when a reporter contacts a source', () => {
    const { events } = coded('fr', ['reporter-contact'], [country('France', 'FRA'), country('Mali', 'MLI')]);
    expect(events).toEqual([]);
  });

  it('reads a verb with its own auxiliary coordinated with an infinitive as a second act of the main subject', () => {
    const { events } = coded(
      'fr',
      ['request-and-urge-coordinated'],
      [country('Vietnam', 'VNM'), country('Chine', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['REQUEST VNM>CHN', 'REQUEST VNM>CHN']);
    expect(events.map((event) => event.commitment?.what)).toEqual([
      'retirer ses navires',
      'respecter le droit',
    ]);
  });

  it('reads an object relative clause on what another act is done to as background ("the fishermen it had detained")', () => {
    const { events } = coded(
      'en',
      ['released-it-had-detained'],
      [country('China', 'CHN'), country('Vietnamese', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['CONCEDE CHN>VNM']);
  });

  it('takes an infinitive parsed as an adverbial clause of a request as what it asks', () => {
    const { events } = coded('en', ['called-on-advcl'], [country('Vietnam', 'VNM'), country('China', 'CHN')]);
    expect(events.map(summary)).toEqual(['REQUEST VNM>CHN']);
    expect(events[0]!.commitment?.what).toBe('respect its sovereignty over the Hoang Sa archipelago');
  });

  it('gives an oblique event noun beside a light verb\'s event object no author of the verb\'s ("lodged a protest over the seizure")', () => {
    const { events } = coded(
      'en',
      ['protest-over-seizure'],
      [country('Vietnam', 'VNM'), country('China', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE VNM>CHN']);
  });

  it('takes what is agreed from a noun argument and what is asked from a clause on the last addressee', () => {
    const states = [country('Thaïlande', 'THA'), country('Cambodge', 'KHM'), country('Vietnam', 'VNM')];
    const agreed = coded('fr', ['agreed-on-ceasefire'], states).events;
    expect(agreed.map((event) => event.commitment?.what)).toEqual(['un cessez-le-feu immédiat']);
    const appeal = coded('fr', ['appeal-to-two-restraint'], states).events;
    expect(appeal.map(summary)).toEqual(['REQUEST VNM>THA,KHM']);
    expect(appeal[0]!.commitment?.what).toBe('faire preuve de retenue');
  });

  it('keeps a meeting whose verb the parser hung as a relative clause on a misread noun ("Deputy PM met with")', () => {
    const { events } = coded(
      'en',
      ['deputy-pm-met-misparse'],
      [country('Vietnamese', 'VNM', 'Vietnam'), country('US', 'USA')],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>USA']);
  });

  it('codes an operation launched by armed forces as an attack, not a rescue, and finds its actor past "pour sa part"', () => {
    const operation = coded(
      'fr',
      ['aux-misread-operation'],
      [country('indienne', 'IND'), country('pakistanaises', 'PAK')],
    );
    expect(operation.events.map(summary)).toEqual(['ASSAULT IND>PAK']);
    const rescue = coded(
      'fr',
      ['rescue-operation'],
      [country('malaisiens', 'MYS'), country('vietnamiens', 'VNM')],
    );
    expect(rescue.events.filter((event) => event.event === 'ASSAULT')).toEqual([]);
  });

  it('reads a bare infinitive the parser set beside a suggestion as what is suggested, not an agreement', () => {
    const { events } = coded(
      'en',
      ['suggested-bare-infinitive'],
      [person('Son', 'VNM'), country('Philippines', 'PHL')],
    );
    expect(events.map((event) => event.event)).toEqual(['REQUEST']);
    expect(events[0]!.commitment?.what).toContain('sign an agreement');
  });

  it('reads a stated readiness to act as an offer, not a military alert', () => {
    const states = [country('Vietnam', 'VNM'), country('Brésil', 'BRA'), country('Brazil', 'BRA')];
    expect(coded('fr', ['readiness-offer'], states).events.map(summary)).toEqual(['AGREE VNM>BRA']);
    expect(coded('en', ['readiness-offer-en'], states).events.map(summary)).toEqual(['AGREE VNM>BRA']);
  });

  it('takes the agent of a participle on an event noun as its author ("l\'attaque perpétrée par un navire chinois")', () => {
    const { events } = coded(
      'fr',
      ['attack-perpetrated-by'],
      [country('vietnamien', 'VNM'), country('chinois', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE VNM>CHN', 'ASSAULT CHN>VNM']);
  });

  it('gives an event noun the "by" agent the parser hung on the active verb beside it', () => {
    const { events } = coded(
      'en',
      ['seizure-agent-on-verb'],
      [country('Vietnam', 'VNM'), country('Chinese', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE VNM>CHN', 'COERCE CHN>VNM']);
  });

  it('negates an event noun in the partitive after a negated verb ("n\'a pas imposé de sanctions")', () => {
    const { events } = coded(
      'fr',
      ['negated-partitive'],
      [country('Japon', 'JPN'), country('Russie', 'RUS')],
    );
    expect(events.map(summary)).toEqual(['SANCTION JPN>RUS']);
    expect(events[0]!.negated).toBe(true);
  });
});
