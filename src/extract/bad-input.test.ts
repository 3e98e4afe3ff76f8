import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePage } from '../ingest/page.js';
import type { ArticleRecord, ErrorRecord, OutputRecord } from '../records/article.js';
import { recordInvariantViolations } from '../test-support/record-invariants.js';
import { extractPage } from './extract-page.js';

// Every fixture here is written for this test: short agency-style dispatches.
const DISPATCH = [
  'Le Vietnam et la France renforcent leur coopération économique',
  'Les deux pays ont signé jeudi un accord sur l’énergie et les transports.',
  'Hanoï (VNA) - Le vice-Premier ministre a reçu à Hanoï l’ambassadeur de France, avec qui il a évoqué « les échanges commerciaux » et la formation.',
  'Les deux parties sont convenues de tenir un dialogue annuel. -VNA',
].join('\n\n');
const FIFTY_MB = 50 * 1024 * 1024;
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const PDF = Buffer.from(
  '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
  'latin1',
);
const NOISE = Uint8Array.from({ length: 1000 }, (_, i) => 0x80 + ((i * 73 + 11) % 128));

function extract(name: string, bytes: Uint8Array | string): OutputRecord[] {
  const records = extractPage(
    makePage(`file:bad/${name}`, typeof bytes === 'string' ? Buffer.from(bytes) : bytes),
  );
  for (const record of records) expect(recordInvariantViolations(record)).toEqual([]);
  return records;
}

function expectError(records: OutputRecord[], code: ErrorRecord['error']['code'], name: string): ErrorRecord {
  expect(records).toHaveLength(1);
  const record = records[0]!;
  expect(record.kind).toBe('error');
  const error = record as ErrorRecord;
  expect(error.error.code).toBe(code);
  expect(error.error.message).toContain(`file:bad/${name}`);
  return error;
}

function expectArticle(records: OutputRecord[]): ArticleRecord {
  const record = records[0]!;
  expect(record.kind).toBe('article');
  return record as ArticleRecord;
}

const ruleIds = (record: ArticleRecord): string[] => record.diagnostics.map((d) => d.ruleId);

describe('bad input through extractPage: error records', () => {
  it('empty file → EMPTY', () => {
    expectError(extract('empty.txt', new Uint8Array()), 'EMPTY', 'empty.txt');
  });

  it('whitespace only (spaces, NBSP, zero-width, CRLF) → EMPTY', () => {
    expectError(extract('blank.txt', ' \r\n\t\u00a0\u2009\u200b\ufeff\r\n'), 'EMPTY', 'blank.txt');
  });

  it('a PNG and a PDF → UNSUPPORTED naming the format', () => {
    expect(expectError(extract('photo.png', PNG), 'UNSUPPORTED', 'photo.png').error.message).toContain(
      'PNG image',
    );
    expect(expectError(extract('report.pdf', PDF), 'UNSUPPORTED', 'report.pdf').error.message).toContain(
      'PDF',
    );
  });

  it('a 50 MB file → TOO_LARGE with the default limit', () => {
    expectError(extract('huge.txt', new Uint8Array(FIFTY_MB).fill(0x61)), 'TOO_LARGE', 'huge.txt');
  });

  it('undecodable bytes → ENCODING', () => {
    expectError(extract('noise.txt', NOISE), 'ENCODING', 'noise.txt');
  });

  it('an HTML page with no article → PARSE', () => {
    const page =
      '<!DOCTYPE html><html><head><title></title></head><body><nav><a href="/">Accueil</a></nav></body></html>';
    expectError(extract('menu.html', page), 'PARSE', 'menu.html');
  });
});

describe('bad input through extractPage: records with diagnostics', () => {
  it('truncated HTML still gives its article', () => {
    const page = `<!DOCTYPE html><html><head><title>Coopération</title></head><body><article><h1>Le Vietnam et la France renforcent leur coopération</h1><p>Hanoï (VNA) - Le vice-Premier ministre a reçu à Hanoï l’ambassadeur de France, avec qui il a évoqué la formation et les échan`;
    const main = expectArticle(extract('truncated.html', page));
    expect(main.text).toContain('Hanoï (VNA) - Le vice-Premier ministre');
  });

  it('deeply nested HTML (100 000 levels) neither throws nor overflows, and says it flattened', () => {
    const paragraph = `<p>Hanoï (VNA) - Le vice-Premier ministre a reçu à Hanoï l’ambassadeur de France pour évoquer la coopération.</p>`;
    const page = `<html><body>${'<div>'.repeat(100_000)}<h1>Coopération</h1>${paragraph}${'</div>'.repeat(100_000)}</body></html>`;
    const records = extract('deep.html', page);
    const main = records[0]!;
    if (main.kind === 'error') {
      expectError(records, 'PARSE', 'deep.html');
    } else {
      expect(main.text).toContain('Hanoï (VNA) - Le vice-Premier ministre');
      expect(main.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('a windows-1252 text dump is decoded and the decision noted', () => {
    const main = expectArticle(extract('cp1252.txt', iconv.encode(DISPATCH, 'windows-1252')));
    expect(main.title).toBe('Le Vietnam et la France renforcent leur coopération économique');
    expect(main.text).toContain('« les échanges commerciaux »');
    expect(main.diagnostics).toContainEqual({
      ruleId: 'ingest.decode.charset',
      severity: 'info',
      message: 'charset:detected:windows-1252',
    });
  });

  it('a UTF-16 text dump, with or without BOM, gives the same article', () => {
    const reference = expectArticle(extract('utf8.txt', DISPATCH));
    for (const [name, bytes] of [
      ['utf16-bom.txt', iconv.encode(DISPATCH, 'utf-16le', { addBOM: true })],
      ['utf16be.txt', iconv.encode(DISPATCH, 'utf-16be')],
    ] as const) {
      const main = expectArticle(extract(name, bytes));
      expect(main.text).toBe(reference.text);
      expect(main.dateline).toEqual(reference.dateline);
      expect(ruleIds(main).some((id) => id === 'ingest.decode.bom' || id === 'ingest.decode.charset')).toBe(
        true,
      );
    }
  });

  it('a mojibake text dump is repaired and the repair noted', () => {
    const mojibake = iconv.decode(Buffer.from(DISPATCH), 'windows-1252');
    const main = expectArticle(extract('mojibake.txt', mojibake));
    expect(main.title).toBe('Le Vietnam et la France renforcent leur coopération économique');
    expect(main.text).toContain('l’ambassadeur de France');
    expect(main.text).not.toMatch(/Ã|â€/);
    expect(ruleIds(main)).toContain('ingest.decode.mojibake');
  });

  it('NBSP, thin spaces and zero-width characters are normalised away', () => {
    const dump = DISPATCH.replace('Hanoï (VNA) -', 'Hanoï\u00a0(VNA)\u202f-')
      .replace('accord sur', 'accord\u2009sur')
      .replace('dialogue', 'dia\u200blogue\u00ad')
      .replace(/\n/g, '\r\n');
    const main = expectArticle(extract('spaces.txt', dump));
    expect(main.text).not.toMatch(/[\u00a0\u2009\u202f\u200b\u00ad\r]/);
    expect(main.text).toContain('accord sur l’énergie');
    expect(main.text).toContain('un dialogue annuel');
    expect(main.text.slice(main.dateline!.start, main.dateline!.end)).toBe('Hanoï (VNA) -');
  });

  it('mostly-valid UTF-8 with a stray byte keeps its text and warns', () => {
    const bytes = Buffer.concat([
      Buffer.from(DISPATCH.slice(0, 200)),
      Uint8Array.from([0xff]),
      Buffer.from(DISPATCH.slice(200)),
    ]);
    const main = expectArticle(extract('stray-byte.txt', bytes));
    expect(main.diagnostics).toContainEqual({
      ruleId: 'ingest.decode.replacement',
      severity: 'warning',
      message: 'replacement:1',
    });
  });
});

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

describe.skipIf(!existsSync(CLI))('bad input through the CLI (run `npm run build` first)', () => {
  let dir = '';
  const run = (...inputs: string[]) =>
    spawnSync(process.execPath, [CLI, 'extract', '--no-analyze', ...inputs.map((name) => join(dir, name))], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
  const lines = (stdout: string): OutputRecord[] =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OutputRecord);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-bad-input-'));
    writeFileSync(join(dir, 'a-good.txt'), DISPATCH);
    writeFileSync(join(dir, 'b-photo.png'), PNG);
    writeFileSync(join(dir, 'c-huge.txt'), new Uint8Array(FIFTY_MB).fill(0x61));
    writeFileSync(join(dir, 'd-cp1252.txt'), iconv.encode(DISPATCH, 'windows-1252'));
    writeFileSync(join(dir, 'e-empty.txt'), '');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a batch with bad inputs writes the good ones, an error record per bad one, and exits 1', () => {
    const result = run(
      'a-good.txt',
      'b-photo.png',
      'c-huge.txt',
      'd-cp1252.txt',
      'e-empty.txt',
      'f-missing.txt',
    );
    expect(result.status).toBe(1);
    const records = lines(result.stdout);
    const mains = records.filter((record) => record.kind !== 'teaser');
    expect(mains.map((record) => (record.kind === 'error' ? record.error.code : record.kind))).toEqual([
      'article',
      'UNSUPPORTED',
      'TOO_LARGE',
      'article',
      'EMPTY',
      'FETCH',
    ]);
    for (const record of records) expect(recordInvariantViolations(record)).toEqual([]);
    expect(result.stderr).toContain('error TOO_LARGE');
    expect(result.stderr).toContain('c-huge.txt');
  });

  it('a batch of good inputs exits 0', () => {
    const result = run('a-good.txt', 'd-cp1252.txt');
    expect(result.status).toBe(0);
    expect(lines(result.stdout).filter((record) => record.kind === 'article')).toHaveLength(2);
  });
});
