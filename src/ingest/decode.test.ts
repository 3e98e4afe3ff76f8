import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';

const FR = 'Hanoï (VNA) - Le vice-Premier ministre a reçu l’ambassadeur de France ; « coopération » — déjà.';
const CS =
  'Praha (ČTK) - Ministr zahraničí přijal velvyslance Vietnamu. Obě strany jednaly o spolupráci, řekl mluvčí.';

function decoded(
  bytes: Uint8Array,
  contentType?: string,
): { text: string; encoding: string; notes: string[] } {
  const result = decodeBytes(bytes, contentType === undefined ? {} : { contentType });
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return result;
}

describe('decodeBytes: Unicode', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decoded(Buffer.from(FR))).toMatchObject({ text: FR, encoding: 'utf-8', notes: [] });
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR)]))).toMatchObject({
      text: FR,
      encoding: 'utf-8',
      notes: ['bom:utf-8'],
    });
  });

  it('decodes UTF-16 LE/BE with a BOM and UTF-32 with a BOM', () => {
    for (const encoding of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']) {
      const result = decoded(iconv.encode(FR, encoding, { addBOM: true }));
      expect(result.text).toBe(FR);
      expect(result.notes).toEqual([`bom:${encoding}`]);
    }
  });

  it('decodes UTF-16 without a BOM from its NUL pattern', () => {
    expect(decoded(iconv.encode(FR, 'utf-16le'))).toMatchObject({
      text: FR,
      notes: ['charset:nul-pattern:utf-16le'],
    });
    expect(decoded(iconv.encode(FR, 'utf-16be')).text).toBe(FR);
  });
});

describe('decodeBytes: declared charsets', () => {
  it('follows <meta charset> and http-equiv when the bytes are not UTF-8', () => {
    const meta = Buffer.concat([
      Buffer.from('<meta charset="windows-1250"><p>'),
      iconv.encode(CS, 'windows-1250'),
    ]);
    expect(decoded(meta)).toMatchObject({ encoding: 'windows-1250', notes: ['charset:meta:windows-1250'] });
    expect(decoded(meta).text).toContain(CS);
    const equiv = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'),
      iconv.encode(FR, 'windows-1252'),
    ]);
    expect(decoded(equiv).text).toContain(FR);
  });

  it('follows the XML declaration and the Content-Type hint', () => {
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><p>'),
      iconv.encode(FR, 'windows-1252'),
    ]);
    expect(decoded(xml).notes).toEqual(['charset:xml:windows-1252']);
    expect(decoded(iconv.encode(CS, 'windows-1250'), 'text/plain; charset=windows-1250')).toMatchObject({
      text: CS,
      notes: ['charset:header:windows-1250'],
    });
  });

  it('lets strict UTF-8 overrule a wrong declaration either way', () => {
    const saysUtf8 = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>'),
      iconv.encode(FR, 'windows-1252'),
    ]);
    const result = decoded(saysUtf8);
    expect(result.text).toContain(FR);
    expect(result.notes).toEqual([
      'charset:declared-wrong:utf-8',
      'utf8:invalid-guessed:windows-1252',
      'charset:detected:windows-1252',
    ]);
    const saysLatin1 = Buffer.from(`<meta charset="iso-8859-1"><p>${FR}`);
    expect(decoded(saysLatin1)).toMatchObject({
      encoding: 'utf-8',
      notes: ['charset:declared-wrong:windows-1252'],
    });
  });

  it('notes a label it does not know and decodes by the bytes', () => {
    expect(decoded(Buffer.from(`<meta charset="x-bogus"><p>${FR}`)).notes).toEqual([
      'charset:unknown-label:x-bogus',
    ]);
  });
});

describe('decodeBytes: undeclared and damaged bytes', () => {
  it('detects windows-1252 when strict UTF-8 fails and nothing is declared', () => {
    expect(decoded(iconv.encode(FR, 'windows-1252'))).toMatchObject({
      text: FR,
      encoding: 'windows-1252',
      // Not UTF-8, nothing declared: the guess is said (a warning on the record).
      notes: ['utf8:invalid-guessed:windows-1252', 'charset:detected:windows-1252'],
    });
  });

  it('keeps mostly-valid UTF-8 as UTF-8 and notes the replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from(FR), Uint8Array.from([0xff]), Buffer.from(FR)]);
    const result = decoded(bytes);
    expect(result.text).toBe(`${FR}\uFFFD${FR}`);
    expect(result.notes).toEqual(['utf8:invalid-bytes:1', 'replacement:1']);
  });

  it('repairs mojibake and says how much', () => {
    const mojibake = iconv.decode(Buffer.from(FR), 'windows-1252');
    const result = decoded(Buffer.from(mojibake));
    expect(result.text).toBe(FR);
    expect(result.notes).toEqual(['mojibake:repaired:9']);
  });

  it('refuses bytes that give no sensible text with ENCODING', () => {
    const noise = Uint8Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 73) % 128));
    expect(decodeBytes(noise)).toMatchObject({ ok: false, code: 'ENCODING' });
    expect(decodeBytes(Buffer.concat([Uint8Array.from([0xff, 0xfe]), noise]))).toMatchObject({
      ok: false,
      code: 'ENCODING',
    });
  });

  it('refuses no bytes with EMPTY', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'EMPTY' });
  });
});
