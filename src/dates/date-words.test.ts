import { describe, expect, it } from 'vitest';
import { dateChunkFilter } from './date-words.js';
import { chronoFor, type DateLanguage } from './locales.js';

const reference = { instant: new Date(Date.UTC(2021, 4, 29, 12)), timezone: 0 };

function chronoFinds(language: DateLanguage, text: string): boolean {
  return chronoFor(language).parse(text, reference).length > 0;
}

describe('dateChunkFilter', () => {
  it('lets through every text a parser finds a date in', () => {
    const dated: Array<[DateLanguage, string]> = [
      ['fr', 'Le ministre est arrivé hier soir à Hanoï.'],
      ['fr', "Il l'a annoncé aujourd'hui, avant-hier et cette nuit."],
      ['fr', 'La conférence se tiendra à la Toussaint.'],
      ['fr', 'Le défilé de la prise de la Bastille a eu lieu sans incident.'],
      ['fr', 'Le sommet aura lieu en septembre, un mardi.'],
      ['fr', 'Les discussions ont duré trois jours, il y a une semaine.'],
      ['fr', 'Le 12 mars, à 15 h 30.'],
      ['en', 'The minister arrived in Hanoi last night.'],
      ['en', 'Talks resumed on Thursday after a pause of several weeks.'],
      ['en', 'Both sides signed the deal the day after tomorrow.'],
      ['en', 'The vote was held on Halloween.'],
      // chrono's English boundaries are ASCII: it reads the month in "marché".
      ['en', 'Le socialisme de marché est-il une voie ?'],
    ];
    for (const [language, text] of dated) {
      expect(chronoFinds(language, text), text).toBe(true);
      expect(dateChunkFilter(language)(text), text).toBe(true);
    }
  });

  it('stops texts with no digit and no date word', () => {
    const undated: Array<[DateLanguage, string]> = [
      ['fr', 'Le ministre a reçu son homologue pour des entretiens sur la coopération.'],
      ['fr', 'Les deux pays ont signé un accord de libre-échange.'],
      ['en', 'The minister welcomed his counterpart for talks on cooperation.'],
      ['en', 'Both countries signed a free trade agreement.'],
    ];
    for (const [language, text] of undated) {
      expect(chronoFinds(language, text), text).toBe(false);
      expect(dateChunkFilter(language)(text), text).toBe(false);
    }
  });
});
