import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

// Every text here is written for this test in the style of agency dispatches.
const FRENCH =
  'Le vice-Premier ministre a reçu jeudi à Hanoï l’ambassadeur de France, avec qui il a évoqué les échanges commerciaux, la formation et la coopération dans le domaine de l’énergie.';
const ENGLISH =
  'The Deputy Prime Minister received the French ambassador in Hanoi on Thursday to discuss trade, training and cooperation in the energy sector.';

describe('detectLanguage', () => {
  it('recognises French and English paragraphs with confidence', () => {
    expect(detectLanguage(FRENCH)).toMatchObject({ language: 'fr', confident: true });
    expect(detectLanguage(ENGLISH)).toMatchObject({ language: 'en', confident: true });
  });

  it('keeps French text French despite Vietnamese names and acronyms', () => {
    const text =
      'Nguyen Van Quang reçoit Ganzorig Damdin. Le FPV et la CCPPC ont signé, avec Vu Le Thai Hoang et Pham Binh Minh, un accord de coopération.';
    expect(detectLanguage(text).language).toBe('fr');
    expect(detectLanguage('Nguyen Van Quang reçoit Ganzorig Damdin', { prior: 'fr' }).language).toBe('fr');
    expect(detectLanguage('Nguyễn Phú Trọng tiếp Đại sứ Pham Minh Chinh', { prior: 'fr' }).language).toBe(
      'fr',
    );
  });

  it('does not let a short teaser title flip away from its prior', () => {
    expect(detectLanguage('Photo : VNA', { prior: 'en' }).language).toBe('en');
    expect(detectLanguage('Wang Huning reçoit le FPV', { prior: 'fr' }).language).toBe('fr');
    expect(detectLanguage('Vietnam, Laos boost ties', { prior: 'en' }).language).toBe('en');
  });

  it('lets a short title overrule its prior only on clear evidence', () => {
    const title = 'Le Vietnam souhaite dynamiser sa coopération avec la Russie';
    expect(detectLanguage(title, { prior: 'en' }).language).toBe('fr');
  });

  it('reports a short title without a prior as not confident', () => {
    expect(detectLanguage('Vietnam, Laos boost ties').confident).toBe(false);
  });

  it('names the language of a French article with an English caption quoted in it', () => {
    const text = `${FRENCH}\n\nPhoto: The ambassador meets students in Hanoi.\n\n${FRENCH}`;
    expect(detectLanguage(text).language).toBe('fr');
  });

  it('lets a long text overrule a wrong declared language', () => {
    expect(detectLanguage(FRENCH, { prior: 'en' }).language).toBe('fr');
  });

  it('answers "und" for unsupported scripts and languages', () => {
    expect(detectLanguage('中华人民共和国外交部发言人表示，中越两国将加强合作。')).toMatchObject({
      language: 'und',
    });
    expect(
      detectLanguage('Министерство иностранных дел России заявило о сотрудничестве с Вьетнамом.').language,
    ).toBe('und');
    expect(
      detectLanguage(
        'Der stellvertretende Ministerpräsident empfing am Donnerstag den französischen Botschafter, um über Handel und Zusammenarbeit zu sprechen.',
      ).language,
    ).toBe('und');
  });

  it('answers "und" for empty text and text without letters', () => {
    expect(detectLanguage('')).toEqual({ language: 'und', confident: true, reason: 'no letters' });
    expect(detectLanguage('  10/11/2016 23:07 ').language).toBe('und');
  });

  it('ignores a prior that is not a supported language', () => {
    expect(detectLanguage(ENGLISH, { prior: 'vi' }).language).toBe('en');
  });

  it('reads a very long text quickly through a bounded sample', () => {
    const long = `${FRENCH} `.repeat(6000);
    expect(detectLanguage(long).language).toBe('fr');
  });
});
