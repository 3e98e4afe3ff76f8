import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

const CHILE = `Le Chili frappé par de violents incendies de forêt

Santiago, 4 février (VNA) – De violents incendies de forêt ont ravagé le centre du Chili, faisant au moins 120 morts selon les autorités chiliennes.

Le président chilien a décrété deux jours de deuil national. Le gouvernement du Chili a remercié le Pérou pour son soutien, le Pérou ayant été le premier pays à proposer son aide.

L'Argentine a envoyé une équipe de secouristes.`;

const KENYA = `Floods hit Kenya

Nairobi, 12 May (VNA) – Floods have left at least 70 people dead in Kenya, the Kenyan government said on Sunday.

Kenya's president thanked Tanzania for its help after Tanzania sent boats and rescuers to the border region.

Japan pledged emergency relief supplies worth 500,000 USD.`;

describe('a third party acting with no one named (whole pipeline)', () => {
  it('acts on the state the article is about, not on nobody', () => {
    expect(pipelineEvents(CHILE, 'fr')).toContain('AID ARG>CHL');
  });

  it('is not turned on itself', () => {
    const found = pipelineEvents(KENYA, 'en');
    expect(found).toContain('AGREE JPN>KEN');
    expect(found).not.toContain('AGREE JPN>JPN');
  });
});

const TYPHOON = `Typhoon leaves 20 dead in Vietnam

Hanoi (VNA) – A typhoon hit northern Vietnam on Monday, leaving 20 people dead in Vietnam.

The next day, Australia announced 3 million AUD in humanitarian assistance, while Japan and the United States pledged 2 million USD and 1 million USD respectively.`;

describe('parties that promise together, beside another clause (whole pipeline)', () => {
  it('promise the state the article is about, not each other', () => {
    const found = pipelineEvents(TYPHOON, 'en');
    expect(found).toContain('AGREE JPN,USA>VNM');
    expect(found).not.toContain('AGREE JPN,USA>JPN,USA');
  });

  it('are no recipients of the act of the clause their "while" clause depends on', () => {
    const found = pipelineEvents(TYPHOON, 'en');
    expect(found).toContain('AID AUS>VNM');
    expect(found.some((event) => event.startsWith('AID AUS>') && event.includes('JPN'))).toBe(false);
  });

  it('still promise each other when they are the article’s two sides', () => {
    expect(
      pipelineEvents(
        'Laos and Thailand sign trade deal\n\nVientiane (VNA) – Laos and Thailand held talks in Vientiane on Monday.\n\nThe two sides pledged to raise two-way trade to 10 billion USD.',
        'en',
      ),
    ).toContain('AGREE LAO,THA>LAO,THA');
  });
});
