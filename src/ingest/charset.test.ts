import { describe, expect, it } from 'vitest';
import { charsetFromContentType, declaredCharset, encodingForLabel } from './charset.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');

describe('encodingForLabel', () => {
  it('reads latin-1 and ASCII labels as windows-1252, as browsers do', () => {
    expect(encodingForLabel('ISO-8859-1')).toBe('windows-1252');
    expect(encodingForLabel('us-ascii')).toBe('windows-1252');
    expect(encodingForLabel('"UTF8"')).toBe('utf-8');
    expect(encodingForLabel('cp1250')).toBe('windows-1250');
    expect(encodingForLabel('shift_jis')).toBe('shift_jis');
  });

  it('knows no made-up or empty label', () => {
    expect(encodingForLabel('x-entente-unknown')).toBeNull();
    expect(encodingForLabel('utf-7')).toBeNull();
    expect(encodingForLabel('')).toBeNull();
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset>', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="windows-1250"><title>x</title>'))).toEqual({
      source: 'meta',
      label: 'windows-1250',
      encoding: 'windows-1250',
    });
  });

  it('reads an http-equiv Content-Type meta, whatever the attribute order', () => {
    const page = `<meta content="text/html; charset=ISO-8859-2" http-equiv="Content-Type">`;
    expect(declaredCharset(bytes(page))).toMatchObject({ source: 'meta', encoding: 'iso-8859-2' });
  });

  it('reads the XML declaration', () => {
    const feed = `<?xml version="1.0" encoding="ISO-8859-15"?><rss version="2.0">`;
    expect(declaredCharset(bytes(feed))).toMatchObject({ source: 'xml', encoding: 'iso-8859-15' });
  });

  it('puts the Content-Type header hint first', () => {
    const page = bytes('<meta charset="utf-8">');
    expect(declaredCharset(page, 'text/html; charset=windows-1252')).toMatchObject({ source: 'header' });
    expect(declaredCharset(page, 'text/html')).toMatchObject({ source: 'meta', encoding: 'utf-8' });
  });

  it('ignores a meta past the first 4 KiB, a meta without charset and plain prose', () => {
    expect(declaredCharset(bytes(`${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeNull();
    expect(declaredCharset(bytes('<meta name="description" content="charset=koi8-r">'))).toBeNull();
    expect(declaredCharset(bytes('Le charset=utf-8 est cité dans la dépêche.'))).toBeNull();
  });

  it('reports a label it cannot decode with a null encoding', () => {
    expect(declaredCharset(bytes('<meta charset="x-bogus">'))).toEqual({
      source: 'meta',
      label: 'x-bogus',
      encoding: null,
    });
  });
});

describe('charsetFromContentType', () => {
  it('takes the charset parameter, quoted or not', () => {
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe('UTF-8');
    expect(charsetFromContentType('text/plain')).toBeNull();
  });
});
