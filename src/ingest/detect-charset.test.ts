import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectSingleByteCharset } from './detect-charset.js';

describe('detectSingleByteCharset', () => {
  it('reads French in windows-1252 as windows-1252', () => {
    const bytes = iconv.encode(
      "Le ministre des Affaires étrangères a reçu à Hanoï l'ambassadeur de France ; les deux parties ont évoqué la coopération économique.",
      'windows-1252',
    );
    expect(detectSingleByteCharset(bytes).encoding).toBe('windows-1252');
  });

  it('reads Czech in windows-1250 as a Central European code page', () => {
    const bytes = iconv.encode(
      'Ministr zahraničí přijal v Hanoji velvyslance České republiky. Obě strany jednaly o hospodářské spolupráci, řekl mluvčí ministerstva.',
      'windows-1250',
    );
    expect(['windows-1250', 'iso-8859-2']).toContain(detectSingleByteCharset(bytes).encoding);
  });

  it('falls back to windows-1252 for bytes the detector cannot place', () => {
    expect(detectSingleByteCharset(Uint8Array.from([0x41, 0xe9, 0x42])).encoding).toBe('windows-1252');
  });
});
