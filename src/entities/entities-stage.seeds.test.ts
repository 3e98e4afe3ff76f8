import { describe, expect, it } from 'vitest';
import { extractPage } from '../extract/extract-page.js';
import { makePage } from '../ingest/page.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { ArticleRecord, Entity } from '../records/article.js';
import { readSeed, seedsAvailable } from '../test-support/seeds.js';
import { entitiesStage } from './entities-stage.js';

function analysedSeed(name: string): ArticleRecord[] {
  const records = extractPage(makePage(`file:seeds/${name}`, readSeed(name)));
  return records.flatMap((record) => {
    if (record.kind === 'error') throw new Error(record.error.message);
    record.language = 'fr';
    return [entitiesStage.run(record, new DiagnosticCollector())];
  });
}

function named(record: ArticleRecord | undefined, name: string): Entity {
  const entity = record?.entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`no entity "${name}" in ${record?.entities.map((e) => e.name).join(', ')}`);
  return entity;
}

function surfaces(record: ArticleRecord, entity: Entity): string[] {
  return entity.mentions.map((mention) => record.text.slice(mention.start, mention.end));
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe.skipIf(!seedsAvailable)('entities of seed 000 (credentials in Moscow)', () => {
  const records = seedsAvailable ? analysedSeed('000_016615b14be8e2ef.txt') : [];
  const main = records[0] as ArticleRecord;

  it('finds the Vietnamese ambassador with his full role and every mention', () => {
    const khoi = named(main, 'Dang Minh Khoi');
    expect(khoi.type).toBe('person');
    expect(khoi.country).toBe('VNM');
    expect(khoi.roles).toContainEqual(
      expect.objectContaining({ title: 'ambassadeur du Vietnam en Russie', country: 'VNM' }),
    );
    expect(khoi.mentions).toHaveLength(count(main.text, 'Dang Minh Khoi'));
    for (const mention of khoi.mentions) expect(mention.ruleId).toMatch(/^fr\.person\./);
  });

  it('finds the Russian deputy minister, linking every mention', () => {
    const morgulov = named(main, 'Igor Morgulov');
    expect(morgulov.country).toBe('RUS');
    expect(morgulov.roles).toContainEqual(
      expect.objectContaining({
        title: 'vice-ministre russe des Affaires étrangères',
        country: 'RUS',
        ruleId: 'fr.role.apposition',
      }),
    );
    expect(surfaces(main, morgulov)).toHaveLength(count(main.text, 'Morgulov'));
  });

  it('finds the ministry with its country and RDIF with its long form', () => {
    expect(named(main, 'ministère russe des Affaires étrangères')).toMatchObject({
      type: 'organization',
      country: 'RUS',
    });
    const rdif = named(main, 'Fonds d’investissement direct russe');
    expect(rdif).toMatchObject({ acronym: 'RDIF', country: 'RUS' });
    expect(surfaces(main, rdif)).toContain('RDIF');
  });

  it('keeps Moscow in the dateline as a place, not as Russia', () => {
    expect(named(main, 'Moscou')).toMatchObject({ type: 'place', country: 'RUS' });
    expect(named(main, 'Russie').mentions.every((m) => main.text.slice(m.start, m.end) !== 'Moscou')).toBe(
      true,
    );
  });

  it('links FPV and CCPPC to their long forms in the Wang Huning teaser', () => {
    const teaser = records[2] as ArticleRecord;
    const wang = named(teaser, 'Wang Huning');
    expect(wang.country).toBe('CHN');
    expect(named(teaser, 'Front de la Patrie du Vietnam').acronym).toBe('FPV');
    expect(surfaces(teaser, named(teaser, 'Front de la Patrie du Vietnam'))).toContain('FPV');
    const ccppc = teaser.entities.find((entity) => entity.acronym === 'CCPPC');
    expect(ccppc?.name).toBe('Comité national de la Conférence consultative politique du peuple chinois');
    expect(ccppc && surfaces(teaser, ccppc).filter((s) => s === 'CCPPC')).toHaveLength(2);
  });

  it('finds the Communist Party of Vietnam with its acronym', () => {
    expect(named(records[1], 'Parti communiste du Vietnam')).toMatchObject({
      acronym: 'PCV',
      country: 'VNM',
    });
  });
});

describe.skipIf(!seedsAvailable)('entities of seed 004 (phone call with Lavrov)', () => {
  const records = seedsAvailable ? analysedSeed('004_d5523bf254681253.txt') : [];
  const main = records[0] as ArticleRecord;

  it('finds Pham Binh Minh (VNM) and Sergueï Lavrov (RUS) with their roles', () => {
    const minh = named(main, 'Pham Binh Minh');
    expect(minh.country).toBe('VNM');
    expect(minh.roles[0]?.title).toBe('vice-Premier ministre et ministre des Affaires étrangères');
    expect(minh.mentions).toHaveLength(count(main.text, 'Pham Binh Minh'));
    const lavrov = named(main, 'Sergueï Lavrov');
    expect(lavrov.country).toBe('RUS');
    expect(lavrov.roles[0]).toMatchObject({ title: 'chef de la diplomatie russe', country: 'RUS' });
    expect(lavrov.mentions).toHaveLength(count(main.text, 'Lavrov'));
  });

  it('finds the UN Security Council (IGO) and ASEAN with the AMM', () => {
    expect(named(main, 'Conseil de sécurité des Nations Unies')).toMatchObject({
      type: 'organization',
      country: 'IGO',
    });
    expect(main.entities.find((entity) => entity.acronym === 'ASEAN')).toMatchObject({
      type: 'organization',
      country: 'IGO',
    });
    expect(main.entities.find((entity) => entity.acronym === 'AMM')?.name).toMatch(
      /^conférence des ministres/,
    );
  });

  it('resolves the Vietnam–Mongolia judicial teaser', () => {
    const teaser = records[4] as ArticleRecord;
    expect(named(teaser, 'Nguyen Van Quang').country).toBe('VNM');
    expect(named(teaser, 'Ganzorig Damdin')).toMatchObject({
      country: 'MNG',
      roles: [expect.objectContaining({ title: 'homologue mongol' })],
    });
  });

  it('infers the Slovenian minister from the article’s other country, and says so', () => {
    const teaser = records[6] as ArticleRecord;
    expect(named(teaser, 'Vu Le Thai Hoang').country).toBe('VNM');
    const kumer = named(teaser, 'Bojan Kumer');
    expect(kumer.country).toBe('SVN');
    expect(kumer.roles[0]?.ruleId).toBe('fr.role.title-name.country-inferred');
  });
});
