import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { repairMojibake } from './mojibake.js';

const DISPATCH =
  'Paris (AFP) - La ministre française s’est rendue à Hanoï, où elle a évoqué « l’énergie » — déjà un sujet clé.';
/** UTF-8 bytes read as windows-1252, as a misconfigured pipeline does. */
const misread = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252');

describe('repairMojibake', () => {
  it('repairs UTF-8 read as windows-1252', () => {
    const repair = repairMojibake(misread(DISPATCH));
    expect(repair.text).toBe(DISPATCH);
    expect(repair.passes).toBe(1);
    expect(repair.repaired).toBeGreaterThan(5);
  });

  it('repairs sequences beside correct accented letters and at the very end of the text', () => {
    expect(repairMojibake(`é${misread('é')}Ãé${misread('à')}`).text).toBe('ééÃéà');
    expect(repairMojibake(`${misread('déjà')}Ã`).text).toBe('déjàÃ');
  });

  it('repairs UTF-8 read as latin-1 (C1 controls for 0x80–0x9F)', () => {
    expect(repairMojibake(Buffer.from(DISPATCH, 'utf8').toString('latin1')).text).toBe(DISPATCH);
  });

  it('repairs text mis-read twice', () => {
    const twice = Buffer.from(
      Buffer.from('Les délégués ont signé à Genève.', 'utf8').toString('latin1'),
      'utf8',
    );
    const repair = repairMojibake(twice.toString('latin1'));
    expect(repair.text).toBe('Les délégués ont signé à Genève.');
    expect(repair.passes).toBe(2);
  });

  it('repairs text mis-read twice through C1 controls ("’" → "â\u0080\u0099" → …)', () => {
    const once = Buffer.from('Selon l’agence, c’est « décisif ».', 'utf8').toString('latin1');
    const twice = Buffer.from(once, 'utf8').toString('latin1');
    expect(repairMojibake(twice).text).toBe('Selon l’agence, c’est « décisif ».');
  });

  it('repairs a UTF-8 BOM read as windows-1252 into U+FEFF', () => {
    expect(repairMojibake('ï»¿Hanoï (VNA) - Le ministre a reÃ§u.').text).toBe(
      '\uFEFFHanoï (VNA) - Le ministre a reçu.',
    );
  });

  it('repairs symbols and emoji as well as letters', () => {
    expect(repairMojibake(misread('Température −3 °C → hausse 🙂 attendue.')).text).toBe(
      'Température −3 °C → hausse 🙂 attendue.',
    );
  });

  it('restores "”" whose last byte became U+FFFD, only in text shown to be mojibake', () => {
    const lost = misread('Il a dit “oui” à l’accord.');
    expect(lost).toContain('â€\uFFFD');
    expect(repairMojibake(lost).text).toBe('Il a dit “oui” à l’accord.');
    expect(repairMojibake('Texte â€\uFFFD seul').repaired).toBe(0);
  });

  it('repairs "Ã " whose no-break space became a plain space, keeping a real space before a word', () => {
    expect(repairMojibake('Il est arrivÃ© Ã Hanoï, voilÃ .').text).toBe('Il est arrivé à Hanoï, voilà.');
  });

  it('leaves correct text alone, including accented capitals next to punctuation', () => {
    for (const text of [DISPATCH, 'CAFÉ… DÉJÀ» «ÇA» São Paulo ÉTATS—UNIS', 'Ã seul, sans autre indice']) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0, passes: 0 });
    }
  });

  it('leaves sequences that would decode to implausible characters', () => {
    // "é…»" would be U+917B and "é\u00a0»" U+983B, CJK ideographs: not repairs.
    expect(repairMojibake('Il a dit é…» puis').repaired).toBe(0);
    expect(repairMojibake('Il a bu un « café\u00a0» chaud').repaired).toBe(0);
  });
});
