import { describe, expect, it } from 'vitest';
import { analyzeRecord } from '../pipeline/analyze.js';
import type { EventRecord } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';

/** The first event of a sentence read by the whole pipeline (the trained parser included). */
function firstEvent(text: string, language: 'fr' | 'en'): EventRecord | undefined {
  return analyzeRecord(recordFromRawText(text, { language })).events[0];
}

const codes = (side: EventRecord['actor'] | undefined): string[] => (side ?? []).map((s) => s.code);

describe('attacks and protests no one is named for', () => {
  it('codes an attack by a device to the state of the place where it happened', () => {
    const event = firstEvent('A roadside bomb killed two soldiers near Mosul on Monday.', 'en');
    expect(event?.event).toBe('ASSAULT');
    expect(codes(event?.actor)).toEqual(['IRQ']);
  });

  it('codes an agentless passive the same way, in French too', () => {
    expect(codes(firstEvent('Three policemen were killed in Kabul on Sunday.', 'en')?.actor)).toEqual([
      'AFG',
    ]);
    expect(codes(firstEvent('Trois civils ont été tués dans un attentat à Kaboul.', 'fr')?.actor)).toEqual([
      'AFG',
    ]);
  });

  it('codes gunmen and crowds by the place too', () => {
    const attack = firstEvent('Gunmen killed three Chinese engineers in Karachi on Tuesday.', 'en');
    expect([codes(attack?.actor), codes(attack?.recipient)]).toEqual([['PAK'], ['CHN']]);
    const protest = firstEvent('Thousands of workers protested in Seoul against the new labour law.', 'en');
    expect(protest?.event).toBe('PROTEST');
    expect(codes(protest?.actor)).toEqual(['KOR']);
  });

  it('lets an attack coded by its place hit people of the same state', () => {
    const event = firstEvent('An explosion near Mosul killed two Iraqi farmers on Monday.', 'en');
    expect([codes(event?.actor), codes(event?.recipient)]).toEqual([['IRQ'], ['IRQ']]);
  });

  it('codes a state organ named without its state by the place where it acts, whatever the act', () => {
    const arrest = firstEvent('Police in Lyon arrested three Algerian nationals on Monday.', 'en');
    expect([arrest?.event, codes(arrest?.actor), codes(arrest?.recipient)]).toEqual([
      'COERCE',
      ['FRA'],
      ['DZA'],
    ]);
    expect(codes(firstEvent('Police arrested three Algerian nationals on Monday.', 'en')?.actor)).toEqual([]);
  });

  it('keeps a named author, and names none when the place is not said', () => {
    expect(codes(firstEvent('Taliban fighters killed two soldiers in Kabul.', 'en')?.actor)).toEqual(['AFG']);
    expect(codes(firstEvent('Russian troops shelled Kharkiv on Monday.', 'en')?.actor)).toEqual(['RUS']);
    expect(firstEvent('A bomb killed two soldiers on Monday.', 'en')?.actor ?? []).toEqual([]);
  });
});
