import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

const events = (text: string): string[] => pipelineEvents(text, 'fr');

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

describe('a judgement of an agreement told before (whole pipeline)', () => {
  it('is aimed at every party of that agreement: "a salué l’accord", "a salué le cessez-le-feu"', () => {
    expect(
      events(
        'Le Pérou et la Bolivie ont signé le 3 mai un accord sur la délimitation de leur frontière commune. Le Brésil a salué l’accord.',
      ),
    ).toEqual(['AGREE PER,BOL>PER,BOL', 'SUPPORT BRA>PER,BOL']);
    expect(
      events(
        'Le Ghana et le Togo ont signé lundi un accord de cessez-le-feu. Les Nations unies ont salué le cessez-le-feu.',
      ),
    ).toEqual(['AGREE GHA,TGO>GHA,TGO', 'SUPPORT IGO>GHA,TGO']);
  });
});
