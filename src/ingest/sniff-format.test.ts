import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { binaryKind, isWarc, sniffTextFormat } from './sniff-format.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

describe('binaryKind', () => {
  it.each([
    ['PNG image', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13])],
    ['PDF document', bytes('%PDF-1.7\n%âãÏÓ\n')],
    ['JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['ZIP archive (or DOCX/EPUB/ODT)', bytes('PK', [3, 4, 20, 0])],
    ['gzip data', bytes([0x1f, 0x8b, 8, 0])],
    ['WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['MP4/QuickTime media', bytes([0, 0, 0, 0x20], 'ftypisom')],
    ['ELF executable', bytes([0x7f], 'ELF', [2, 1, 1, 0])],
  ])('recognises a %s by its magic bytes', (name, data) => {
    expect(binaryKind(data)).toBe(name);
  });

  it('recognises unknown binary data by its control bytes', () => {
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256);
    expect(binaryKind(noise)).toBe('binary data');
  });

  it('passes text, UTF-16 text with and without BOM, and text with a stray control', () => {
    const dispatch = "Hanoï (VNA) - L'ambassadeur a présenté ses lettres de créance.\r\n\tFin.\f";
    expect(binaryKind(Buffer.from(dispatch))).toBeNull();
    expect(binaryKind(iconv.encode(dispatch, 'utf-16le', { addBOM: true }))).toBeNull();
    expect(binaryKind(iconv.encode(dispatch, 'utf-16be'))).toBeNull();
    expect(binaryKind(Buffer.from(`${dispatch.repeat(4)}\u0000`))).toBeNull();
  });
});

describe('sniffTextFormat', () => {
  it.each([
    ['html', '<!DOCTYPE html><html lang="fr"><head><title>x</title>'],
    ['html', '\uFEFF  <!-- saved page -->\n<html><body>'],
    [
      'html',
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml">',
    ],
    ['html', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'],
    ['html', '<p>Hanoï (VNA) - Le ministre a reçu…</p><p>Suite.</p>'],
    ['html', '<article><h1>Titre</h1>'],
    ['html', 'Hanoï (VNA) - Le ministre <b>a reçu</b> son homologue.<br>Suite.</p>'],
    ['rss', '<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0"><channel>'],
    ['rss', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x" xmlns="http://purl.org/rss/1.0/"><channel>'],
    ['atom', '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'],
    ['jsonfeed', '{"version": "https://jsonfeed.org/version/1.1", "title": "Dépêches"}'],
    ['jsonfeed', '{ "title": "Dépêches", "version": "https://jsonfeed.org/version/1" }'],
  ])('recognises %s', (format, text) => {
    expect(sniffTextFormat(text)).toBe(format);
  });

  it.each([
    'Hanoï (VNA) - Le ministre a reçu son homologue.',
    'Le signe <b> apparaît une fois, sans plus.',
    '{"title": "pas un flux"}',
    '<!-- un commentaire jamais fermé',
    'Score : 3 < 5 et 7 > 2.',
  ])('reads %j as text', (text) => {
    expect(sniffTextFormat(text)).toBe('text');
  });
});

describe('isWarc', () => {
  it('recognises a WARC record and nothing else', () => {
    expect(isWarc(bytes('WARC/1.1\r\nWARC-Type: response\r\n'))).toBe(true);
    expect(isWarc(bytes('WARC est un format.'))).toBe(false);
  });
});
