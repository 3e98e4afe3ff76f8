import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from './extract-page.js';
import { makePage } from '../ingest/page.js';
import { readSeed, seedsAvailable } from '../test-support/seeds.js';
import type { ArticleRecord, OutputRecord } from '../records/article.js';
import { toJsonLine } from '../records/jsonl.js';

function extractSeed(name: string): ArticleRecord[] {
  const records = extractPage(makePage(`file:seeds/${name}`, readSeed(name)));
  for (const r of records) expect(r.kind).not.toBe('error');
  return records as ArticleRecord[];
}

function bodyOf(record: ArticleRecord): string {
  return record.text;
}

describe.skipIf(!seedsAvailable)('seed 000 (credentials in Moscow)', () => {
  let records: ArticleRecord[] = [];
  let main: ArticleRecord;
  beforeAll(() => {
    records = extractSeed('000_016615b14be8e2ef.txt');
    main = records[0]!;
  });

  it('segments title, lead, dateline and sign-off', () => {
    expect(main.kind).toBe('article');
    expect(main.title).toBe('Le Vietnam souhaite dynamiser sa coopération avec la Russie');
    expect(main.lead).toMatch(
      /^L'ambassadeur du Vietnam en Russie, Dang Minh Khoi, a présenté cette semaine/,
    );
    expect(main.dateline).toMatchObject({ place: 'Moscou', agency: 'VNA' });
    expect(main.text.slice(main.dateline!.start, main.dateline!.end)).toBe('Moscou (VNA) -');
    expect(main.signoff).toBe('VNA');
    expect(main.published).toBeNull();
  });

  it('keeps body paragraphs and nothing from the teasers', () => {
    const text = bodyOf(main);
    expect(text).toContain(
      'Les deux parties ont convenu de promouvoir une coopération efficace par le biais',
    );
    expect(text).toContain('un premier lot de vaccins en juillet ou en août.');
    expect(text).not.toContain('-VNA');
    expect(text).not.toContain('Voir plus');
    expect(text).not.toContain('Avancées majeures');
    expect(text).not.toContain('Wang Huning');
    expect(text).not.toContain('ảnh 1');
    expect(text).not.toContain('Photo');
    expect(text).not.toContain('\u00a0');
  });

  it('keeps the caption apart with its credit', () => {
    expect(main.captions).toEqual([
      {
        text: "L'ambassadeur Dang Minh Khoi lors de la cérémonie de réception de dons en faveur du Fonds de vaccins anti-COVID-19, organisée par l'ambassade du Vietnam en Russie.",
        credit: 'VNA',
      },
    ]);
  });

  it('finds the three teasers with their captions', () => {
    const teasers = records.slice(1);
    expect(teasers.map((t) => t.title)).toEqual([
      'Avancées majeures de la diplomatie vietnamienne depuis 40 ans sous la direction du Parti',
      '76 ans des relations Vietnam-Chine : le FPV adresse un message de félicitations à la CCPPC',
      'Le Front de la Patrie promeut son rôle de noyau politique pour renforcer l’union nationale',
    ]);
    for (const t of teasers) {
      expect(t.kind).toBe('teaser');
      expect(t.parent).toBe(main.id);
      expect(t.lead).toBeTruthy();
      expect(t.published).toBeNull();
    }
    expect(teasers[0]!.captions[0]!.credit).toBeNull();
    expect(teasers[1]!.captions[0]!.credit).toBe('Xinhua');
    expect(teasers[1]!.text).toContain('Wang Huning');
  });

  it('paragraph spans slice the text', () => {
    for (const record of records) {
      const blocks = record.paragraphs.map((p) => record.text.slice(p.start, p.end));
      expect(blocks.join('\n\n')).toBe(record.text);
    }
  });
});

describe.skipIf(!seedsAvailable)('seed 004 (phone call with Lavrov)', () => {
  let records: ArticleRecord[] = [];
  let main: ArticleRecord;
  beforeAll(() => {
    records = extractSeed('004_d5523bf254681253.txt');
    main = records[0]!;
  });

  it('segments the main article', () => {
    expect(main.title).toBe('Renforcement de la coopération avec la Russie');
    expect(main.dateline).toMatchObject({ place: 'Hanoï', agency: 'VNA' });
    expect(main.text).toContain('Pham Binh Minh a invité Sergueï Lavrov à assister à la conférence');
    expect(main.text).not.toContain('Krsko');
    expect(main.text).not.toContain('To Lam');
    expect(main.captions).toEqual([
      {
        text: 'Le vice-Premier ministre et ministre des Affaires étrangères, Pham Binh Minh.',
        credit: 'VNA',
      },
    ]);
    expect(main.signoff).toBe('VNA');
  });

  it('finds the six teasers', () => {
    const teasers = records.slice(1);
    expect(teasers).toHaveLength(6);
    expect(teasers.map((t) => t.title)).toContain(
      'Le Vietnam et la Mongolie renforcent leur coopération judiciaire',
    );
    expect(teasers[5]!.title).toBe(
      'La Slovénie prête à soutenir le Vietnam dans le développement de l’énergie nucléaire',
    );
    expect(teasers[5]!.text).toContain('Krsko');
  });

  it('is byte-identical across two runs', () => {
    const again = extractSeed('004_d5523bf254681253.txt');
    expect(again.map(toJsonLine).join('')).toBe(records.map((r: OutputRecord) => toJsonLine(r)).join(''));
  });
});
