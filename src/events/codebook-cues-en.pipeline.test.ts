import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

// Rows added from the CAMEO and PLOVER codebooks (issue 12, "cues by lemma and frame"): each
// category's common agency verb or noun fires in its event sense, and not in its other common sense.
const events = (text: string): string[] => pipelineEvents(text, 'en');
const types = (text: string): string[] => analysed(text, 'en').events.map((event) => event.event);

describe('disapproval and accusation (CAMEO 11)', () => {
  it('reads a regret aimed at a party as a disapproval, not a polite formula', () => {
    expect(events('Japan deeply regrets the decision of South Korea.')).toEqual(['ACCUSE JPN>KOR']);
    expect(events("Russia regretted Norway's decision.")).toEqual(['ACCUSE RUS>NOR']);
    expect(events('We regret to inform passengers that the flight is cancelled.')).toEqual([]);
  });

  it('reads an act described as a provocation as a criticism, not a coach describing a player', () => {
    expect(events('The Philippines described the Chinese manoeuvres as provocative.')).toEqual([
      'ACCUSE PHL>CHN',
    ]);
    expect(events('The coach described the striker as dangerous.')).toEqual([]);
  });

  it('reads disappointment, a rebuke and taking issue as disapproval', () => {
    expect(events("Vietnam expressed disappointment at India's decision.")).toEqual(['ACCUSE VNM>IND']);
    expect(events('The teacher was disappointed by the results.')).toEqual([]);
    expect(events('China rebuked Japan for its remarks.')).toEqual(['ACCUSE CHN>JPN']);
    expect(events("Vietnam took issue with China's statement.")).toEqual(['ACCUSE VNM>CHN']);
  });

  it('reads a state taking another to court as a lawsuit, not a trip to a building', () => {
    expect(events('Ukraine took Russia to the International Court of Justice.')).toEqual(['ACCUSE UKR>RUS']);
    expect(events('The tourists took a bus to the court.')).toEqual([]);
  });
});

describe('rejection (CAMEO 12)', () => {
  it('reads claims called groundless or baseless as rejected by the speaker', () => {
    expect(events('China said the Philippine claims were groundless.')).toEqual(['REJECT CHN>PHL']);
    expect(events("Vietnam described China's claims as baseless.")).toEqual(['REJECT VNM>CHN']);
    expect(events('Fears of a recession were groundless, the bank said.')).toEqual([]);
  });

  it('reads disagreement and leaving a treaty as a rejection, not a retreat of troops', () => {
    expect(events("Vietnam disagreed with China's claims.")).toEqual(['REJECT VNM>CHN']);
    expect(events("Vietnam expressed disagreement with India's ruling.")).toEqual(['REJECT VNM>IND']);
    expect(events('Economists disagreed with the forecast.')).toEqual([]);
    expect(events('The United States withdrew from the nuclear agreement with Iran.')).toEqual([
      'REJECT USA>IRN',
    ]);
  });
});

describe('demands and appeals (CAMEO 02, 10)', () => {
  it('reads a court ordering measures as a demand, not an order for goods or an inquiry', () => {
    expect(
      events('The International Court of Justice ordered Israel to take measures to prevent genocide.'),
    ).toEqual(['REQUEST IGO>ISR']);
    expect(events('The company ordered 20 new aircraft from Airbus.')).toEqual([]);
    expect(events('The minister ordered an investigation into the accident.')).toEqual([]);
  });

  it('reads pushing for, petitioning and exhorting as appeals', () => {
    expect(events('Vietnam pushed for a binding code of conduct in the South China Sea.')).toEqual([
      'REQUEST VNM>',
    ]);
    expect(events('The Philippines petitioned the United Nations to intervene.')).toEqual([
      'REQUEST PHL>IGO',
    ]);
  });
});

describe('praise and intent (CAMEO 03, 05, 057)', () => {
  it('reads a contribution acknowledged, an admiration and good wishes as praise', () => {
    expect(events("The minister acknowledged Vietnam's contribution to regional peace.")).toEqual([
      'SUPPORT >VNM',
    ]);
    expect(events('The report acknowledged the contribution of tourism to growth.')).toEqual([]);
    expect(events("Russian President Vladimir Putin admired China's achievements.")).toEqual([
      'SUPPORT RUS>CHN',
    ]);
    expect(events('The president wished the Lao people prosperity and happiness.')).toEqual(['SUPPORT >LAO']);
    expect(events('The coach wished his players success before the final.')).toEqual([]);
  });

  it('reads a deal struck, renewed or acceded to as an agreement, not a blow or a firm extending a deal', () => {
    expect(events('Japan and Vietnam struck a deal on rice exports.')).toEqual(['AGREE JPN,VNM>JPN,VNM']);
    expect(events('The striker struck the ball into the net.')).toEqual([]);
    expect(events('Vietnam and Japan renewed their fisheries agreement.')).toEqual(['AGREE VNM,JPN>VNM,JPN']);
    expect(events('The company extended the deal with its supplier.')).toEqual([]);
    expect(types('Timor-Leste acceded to the Treaty of Amity and Cooperation in Southeast Asia.')).toEqual([
      'AGREE',
    ]);
  });

  it('reads a commitment to a party as a promise', () => {
    expect(events('Japan reaffirmed its commitment to helping Vietnam.')).toEqual(['AGREE JPN>VNM']);
  });

  it('reads consulting with a counterpart as a consultation, not a patient seeing a doctor', () => {
    expect(events('The Thai foreign minister consulted with his Malaysian counterpart.')).toEqual([
      'CONSULT THA>MYS',
    ]);
    expect(events('Patients should consult with their doctor.')).toEqual([]);
  });
});

describe('concessions and aid (CAMEO 07, 08)', () => {
  it('reads people handed over, prisoners swapped and a border reopened as concessions', () => {
    expect(events('Cambodia handed over 120 Vietnamese citizens to Vietnam.')).toEqual(['CONCEDE KHM>VNM']);
    expect(events('The mayor handed over the keys to the citizens.')).toEqual([]);
    expect(events('Russia and Ukraine swapped 200 prisoners of war.')).toEqual(['CONCEDE RUS,UKR>RUS,UKR']);
    expect(types('Russia and Ukraine carried out a prisoner swap on Friday.')).toEqual(['CONCEDE']);
    expect(events('The guards exchanged glances with the prisoners.')).toEqual([]);
    expect(events('Thailand reopened its border with Cambodia.')).toEqual(['CONCEDE THA>KHM']);
    expect(events('Police reopened the border road after the accident.')).toEqual([]);
  });

  it('reads doctors dispatched, a medical team and funds disbursed abroad as aid', () => {
    expect(events('Australia dispatched doctors and rescuers to Vanuatu.')).toEqual(['AID AUS>VUT']);
    expect(events('The hospital sent doctors home early.')).toEqual([]);
    expect(events('A Vietnamese medical team arrived in Turkey on Monday.')).toEqual(['AID VNM>TUR']);
    expect(events("The football club's medical team examined the player.")).toEqual([]);
    expect(events('The EU disbursed 10 million euros in aid to Ukraine.')).toEqual(['AID IGO>UKR']);
    expect(events('The bank disbursed loans to small businesses.')).toEqual([]);
  });
});

describe('force and its easing (CAMEO 13, 15, 16, 17, 08)', () => {
  it('reads patrols conducted by a state and troops reinforced as a show of force', () => {
    expect(events('China conducted patrols around Taiwan on Monday.')).toEqual(['MOBILIZE CHN>TWN']);
    expect(events('Volunteers conducted patrols of the beach to protect turtle nests.')).toEqual([]);
    expect(
      events('The navies of Vietnam and Cambodia conducted joint patrols in the Gulf of Thailand.'),
    ).toEqual(['COOPERATE VNM,KHM>VNM,KHM']);
    expect(
      types('The US Navy conducted a freedom of navigation operation near the Paracel Islands.'),
    ).toEqual(['MOBILIZE']);
    expect(events("The US Navy's freedom of navigation patrols angered China.")).toEqual([
      'MOBILIZE USA>CHN',
    ]);
    expect(events('China reinforced its troops along the border with India.')).toEqual(['MOBILIZE CHN>IND']);
    expect(events('The company reinforced its sales forces.')).toEqual([]);
  });

  it('reads property destroyed as coercion, not a destroyer sailing', () => {
    expect(events('Israeli forces destroyed a Palestinian school in the West Bank.')).toEqual([
      'COERCE ISR>PSE',
    ]);
    expect(events('A US destroyer sailed near the Paracel Islands on Monday.')).toEqual([]);
  });

  it('reads boats sprayed and warning shots as coercion, not farming or a figure of speech', () => {
    expect(events('Chinese coast guard vessels sprayed a Philippine supply boat.')).toEqual([
      'COERCE CHN>PHL',
    ]);
    expect(events('Farmers sprayed the crops with pesticide.')).toEqual([]);
    expect(events('Philippine vessels fired warning shots at Chinese boats.')).toEqual(['COERCE PHL>CHN']);
    expect(events('The central bank fired a warning shot at markets.')).toEqual([]);
  });

  it('reads a suspended membership and a walkout from talks as reduced relations', () => {
    expect(events("The African Union suspended Gabon's membership after the coup.")).toEqual([
      'SANCTION IGO>GAB',
    ]);
    expect(events('The club suspended the membership fees for students.')).toEqual([]);
    expect(events("Niger's delegation walked out of the talks with ECOWAS.")).toEqual(['SANCTION NER>IGO']);
    expect(events('Students walked out of the meeting hall after the lecture.')).toEqual([]);
  });

  it('reads countermeasures announced as a threat and troops surrendering as a retreat', () => {
    expect(events('China will take countermeasures against the United States.')).toEqual([
      'THREATEN CHN>USA',
    ]);
    expect(events('Russian troops surrendered to Ukrainian forces near Kherson.')).toEqual([
      'RETREAT RUS>UKR',
    ]);
    expect(events('The suspect surrendered to police on Monday.')).toEqual([]);
  });
});

describe('agency verbs (CAMEO 057, 11, 12, 173)', () => {
  it('reads hitting out, a demarche, brushing aside and pushing back as criticism and rejection', () => {
    expect(types('China hit out at the United States over its sanctions.')).toContain('ACCUSE');
    expect(events('China delivered a demarche to the US embassy.')).toEqual(['ACCUSE CHN>USA']);
    expect(events('Beijing brushed aside the Philippine accusations.')).toEqual(['REJECT CHN>PHL']);
    expect(events('The team shrugged off the defeat.')).toEqual([]);
    expect(events('China pushed back against US criticism.')).toEqual(['REJECT CHN>USA']);
  });

  it('reads a pact sealed as an agreement and a sentence to prison or death as legal coercion', () => {
    expect(events('Japan and the Philippines sealed a defence pact.')).toEqual(['AGREE JPN,PHL>JPN,PHL']);
    expect(events('A Chinese court sentenced an Australian writer to death.')).toEqual(['COERCE CHN>AUS']);
  });
});

describe('a sentence to a term whose convicts are named at length (CAMEO 173, whole pipeline)', () => {
  it('is legal coercion however long the phrase between "sentenced" and the term', () => {
    expect(
      events(
        'A Thai court on Monday sentenced three Cambodian fishing trawler crew members to one year in jail.',
      ),
    ).toEqual(['COERCE THA>KHM']);
  });
});
