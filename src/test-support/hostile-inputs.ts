import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipMembers, warcResponse, zeroBombGzip } from './hostile-warc.js';

/** One hostile input of the corpus and what ingesting it must report. */
export interface HostileCase {
  file: string;
  /** Error code the ingest must count for it (null: stored, perhaps with warnings). */
  code: string | null;
  /** Good pages stored from it besides the hostile part. */
  goodPages: number;
}

const GOOD_TEXT = (n: number) =>
  `Le Vietnam et le Chili signent l’accord numéro ${n}\n\nLes deux pays ont signé un accord.\n\n` +
  `Santiago (VNA) - Le Vietnam et le Chili ont signé mardi l’accord commercial numéro ${n}. -VNA\n`;

const goodRecord = (n: number) =>
  warcResponse(
    `https://news.test/good-${n}`,
    `<html><body><article><h1>Accord ${n}</h1><p>${GOOD_TEXT(n)}</p></article></body></html>`,
  );

/**
 * Write the hostile-input corpus into `dir` (bombs are generated, never stored as big files):
 * decompression bombs, an oversized record, truncated archives, deep nesting, a huge text page,
 * and good pages beside each. `maxBytes` is the page limit the ingest will run with.
 */
export function writeHostileCorpus(dir: string, maxBytes: number): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const write = (
    file: string,
    data: Uint8Array | string | Iterable<Uint8Array>,
    code: string | null,
    goodPages: number,
  ) => {
    const bytes = typeof data === 'string' || data instanceof Uint8Array ? data : Buffer.concat([...data]);
    writeFileSync(join(dir, file), bytes);
    cases.push({ file, code, goodPages });
  };
  const bombHead = warcResponse('https://news.test/bomb', '', { declaredLength: 10 * 1024 ** 3 });
  write(
    'bomb-10gib.warc.gz',
    [
      gzipMembers([goodRecord(1)]),
      ...zeroBombGzip(bombHead.subarray(0, bombHead.length - 4), 10 * 1024 ** 3),
    ],
    'BOMB',
    1,
  );
  write(
    'oversized-record.warc.gz',
    gzipMembers([
      goodRecord(2),
      warcResponse('https://news.test/oversized', 'x'.repeat(maxBytes + 1024)),
      goodRecord(3),
    ]),
    'TOO_LARGE',
    2,
  );
  const cut = warcResponse('https://news.test/cut', `<html><p>${'y'.repeat(4000)}</p></html>`);
  write(
    'truncated-record.warc',
    Buffer.concat([goodRecord(4), cut.subarray(0, cut.length - 1000)]),
    'TRUNCATED',
    1,
  );
  const members = gzipMembers([goodRecord(5), goodRecord(6), goodRecord(7)]);
  write('truncated-member.warc.gz', members.subarray(0, members.length - 40), 'TRUNCATED', 2);
  write(
    'oversized-page.html',
    `<html><body><p>${'z'.repeat(maxBytes + 1)}</p></body></html>`,
    'TOO_LARGE',
    0,
  );
  write(
    'deep-nesting.html',
    `<html><body>${'<div>'.repeat(200_000)}Texte profond.${'</div>'.repeat(200_000)}</body></html>`,
    'PARSE',
    0,
  );
  const sentence = 'Le ministre des Affaires étrangères a reçu mardi à Hanoï son homologue russe. ';
  write(
    'long-text.txt',
    `Une très longue page\n\n${sentence.repeat(Math.floor((maxBytes * 0.9) / sentence.length))}\n`,
    null,
    0,
  );
  for (let n = 10; n < 30; n++) write(`good-${n}.txt`, GOOD_TEXT(n), null, 1);
  return cases;
}
