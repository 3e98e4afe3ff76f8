import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePage } from '../ingest/page.js';
import { recordInvariantViolations } from '../test-support/record-invariants.js';
import { extractPage } from './extract-page.js';

// Pieces that exercise the segmenters: datelines, sign-offs, teaser markers, captions, markup,
// every kind of space and line break, mojibake and byte-order marks.
const PIECES = [
  'Le Vietnam et la France renforcent leur coopération',
  'Hanoï (VNA) - ',
  'Paris, 3 mars (AFP) — ',
  'Le ministre a reçu son homologue.',
  ' -VNA',
  'Voir plus',
  'ảnh 1',
  'Photo : VNA',
  '« accord »',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0085',
  ' ',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\t',
  'Ã©',
  'â€™',
  'Ã ',
  'ï»¿',
  'Ã\u0083Â©',
  'â€\uFFFD',
  '<p>',
  '</p>',
  '<h1>',
  '<br>',
  '&nbsp;',
  '&#13;',
  '<!--',
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  pieceText,
);
// Byte-order marks, markup and charset declarations the decoder acts on, before random bytes.
const BYTE_PREFIXES: number[][] = [
  [],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xff, 0xfe, 0, 0],
  ...[
    '<p>',
    '<meta charset="windows-1250"><p>',
    '<meta charset="shift_jis">',
    '<?xml version="1.0" encoding="koi8-r"?>',
  ].map((text) => [...Buffer.from(text)]),
];
const anyBytes = fc
  .tuple(fc.constantFrom(...BYTE_PREFIXES), fc.uint8Array({ maxLength: 600 }))
  .map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest]));

function checkPage(bytes: Uint8Array): void {
  const records = extractPage(makePage('file:property/page', bytes));
  expect(records.length).toBeGreaterThan(0);
  expect(['article', 'error']).toContain(records[0]!.kind);
  for (const record of records) expect(recordInvariantViolations(record)).toEqual([]);
}

// The fixed sentence makes the HTML extractor find an article, so its output is checked too.
const BODY_SENTENCE =
  'Hanoï (VNA) - Le vice-Premier ministre a reçu mardi l’ambassadeur de France, avec qui il a évoqué la coopération économique et culturelle.';
const asHtml = (text: string): string =>
  `<!DOCTYPE html><html><head><title>${text}</title></head><body><article><h1>${text}</h1><p>${text} ${BODY_SENTENCE}</p><p>${BODY_SENTENCE} ${text}</p></article></body></html>`;

describe('extractPage on arbitrary input', () => {
  it('never throws on text, and its records keep spans inside text without NBSP or CR', () => {
    fc.assert(
      fc.property(anyText, (text) => checkPage(Buffer.from(text))),
      { numRuns: 300 },
    );
  });

  it('never throws on text wrapped in HTML', () => {
    fc.assert(
      fc.property(anyText, (text) => checkPage(Buffer.from(asHtml(text)))),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, bare or after a BOM', () => {
    fc.assert(fc.property(anyBytes, checkPage), { numRuns: 300 });
  });
});
