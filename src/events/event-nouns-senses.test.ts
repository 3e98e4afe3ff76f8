import { describe, expect, it } from 'vitest';
import { coded, country, person, summary } from './test-support/coded-trees.js';

describe('event nouns: light verbs, arguments of other cues, references', () => {
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
