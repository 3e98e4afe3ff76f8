import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../extract/extract-page.js';
import { makePage } from '../ingest/page.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import type { ArticleRecord, EventRecord, PloverType } from '../records/article.js';
import { readSeed, seedsAvailable } from '../test-support/seeds.js';

/** The seed page through the whole pipeline: extraction, language, entities, dates, events. */
function analyzeSeed(name: string): ArticleRecord[] {
  return analyzeRecords(extractPage(makePage(`file:seeds/${name}`, readSeed(name)))).filter(
    (record): record is ArticleRecord => record.kind !== 'error',
  );
}

const codes = (side: EventRecord['actor']): string[] => side.map((actor) => actor.code).sort();
const cueOf = (record: ArticleRecord, event: EventRecord): string =>
  record.text.slice(event.cue.start, event.cue.end);
const evidenceOf = (record: ArticleRecord, event: EventRecord): string =>
  record.text.slice(event.evidence.start, event.evidence.end);
const personsOf = (record: ArticleRecord, event: EventRecord): string[] =>
  [...event.actor, ...event.recipient].map(
    (side) => record.entities.find((e) => e.id === side.entity)?.name ?? '',
  );

function find(record: ArticleRecord, types: PloverType[], evidence: RegExp): EventRecord {
  const event = record.events.find((e) => types.includes(e.event) && evidence.test(evidenceOf(record, e)));
  expect(event, `${types.join('|')} on ${evidence}`).toBeDefined();
  expect(evidenceOf(record, event!)).toContain(cueOf(record, event!));
  return event!;
}

describe.skipIf(!seedsAvailable)('events of seed 004 (phone call Pham Binh Minh – Lavrov)', () => {
  let main: ArticleRecord;
  beforeAll(() => {
    main = analyzeSeed('004_d5523bf254681253.txt')[0]!;
  });

  it('codes the phone call once: CONSULT/phone VNM ↔ RUS on 29 May with both ministers', () => {
    const calls = main.events.filter((e) => e.event === 'CONSULT');
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.mode).toEqual(['phone']);
    expect(call.cameo).toBe('041');
    expect([...codes(call.actor), ...codes(call.recipient)].sort()).toEqual(['RUS', 'VNM']);
    expect(personsOf(main, call).sort()).toEqual(['Pham Binh Minh', 'Sergueï Lavrov']);
    expect(call.date?.value).toBe('XXXX-05-29');
    expect(cueOf(main, call)).toBe('conversation téléphonique');
    expect(call.evidence.start).toBeLessThan(main.paragraphs[2]!.start);
  });

  it('codes the agreement to coordinate (AGREE, diplomatic, both sides)', () => {
    const agreed = find(main, ['AGREE'], /ont convenu de poursuivre leur coordination/);
    expect(codes(agreed.actor)).toEqual(['RUS', 'VNM']);
    expect(codes(agreed.recipient)).toEqual(['RUS', 'VNM']);
    expect(agreed.context).toContain('diplomatic');
    expect(agreed.commitment?.kind).toBe('agreement');
  });

  it('codes the COVID-19 commitment with the health context', () => {
    const promise = find(main, ['AGREE'], /se sont engagés à assister/);
    expect(promise.commitment?.kind).toBe('promise');
    expect(promise.context).toContain('health');
    expect(promise.sectors).toContain('health');
  });

  it("codes Lavrov's praise as SUPPORT RUS → VNM", () => {
    const praise = find(main, ['SUPPORT'], /Sergueï Lavrov a déclaré apprécier/);
    expect(codes(praise.actor)).toEqual(['RUS']);
    expect(codes(praise.recipient)).toEqual(['VNM']);
  });

  it('codes the invitation to the ASEAN meeting as AGREE with an invitation due in August', () => {
    const invitation = find(main, ['AGREE'], /a invité Sergueï Lavrov/);
    expect(invitation.cameo).toBe('036');
    expect(codes(invitation.actor)).toEqual(['VNM']);
    expect(codes(invitation.recipient)).toEqual(['RUS']);
    expect(invitation.commitment).toMatchObject({
      kind: 'invitation',
      by: 'VNM',
      to: 'RUS',
      due: { value: 'XXXX-08' },
    });
  });
});

describe.skipIf(!seedsAvailable)('events of seed 000 (credentials in Moscow)', () => {
  let records: ArticleRecord[] = [];
  let main: ArticleRecord;
  beforeAll(() => {
    records = analyzeSeed('000_016615b14be8e2ef.txt');
    main = records[0]!;
  });

  it('codes the presentation of credentials VNM → RUS once', () => {
    const credentials = main.events.filter((e) => cueOf(main, e).includes('lettres de créance'));
    expect(credentials).toHaveLength(1);
    expect(['CONSULT', 'SUPPORT']).toContain(credentials[0]!.event);
    expect(codes(credentials[0]!.actor)).toEqual(['VNM']);
    expect(codes(credentials[0]!.recipient)).toEqual(['RUS']);
  });

  it('codes the agreement on cooperation areas with its sectors', () => {
    const agreed = find(main, ['AGREE'], /Les deux parties ont convenu/);
    expect(codes(agreed.actor)).toEqual(['RUS', 'VNM']);
    expect(agreed.sectors).toEqual(
      expect.arrayContaining(['vaccines', 'oil_gas', 'energy', 'agriculture', 'logistics', 'science']),
    );
  });

  it('codes the vaccine request to Russia, due in July or August', () => {
    const request = find(main, ['REQUEST'], /a demandé au ministère russe/);
    expect(codes(request.actor)).toEqual(['VNM']);
    expect(codes(request.recipient)).toContain('RUS');
    expect(request.commitment).toMatchObject({
      kind: 'request',
      by: 'VNM',
      to: 'RUS',
      due: { text: 'en juillet ou en août', value: '[XXXX-07,XXXX-08]' },
    });
    expect(request.sectors).toContain('vaccines');
  });

  it("codes Morgulov's promise to keep coordinating as AGREE RUS → VNM", () => {
    const promise = find(main, ['AGREE'], /Igor Morgulov a déclaré/);
    expect(codes(promise.actor)).toEqual(['RUS']);
    expect(codes(promise.recipient)).toEqual(['VNM']);
    expect(promise.commitment?.kind).toBe('promise');
  });

  it('gives the congratulation teaser its own SUPPORT VNM → CHN on 18 January', () => {
    const teaser = records.find((r) => r.kind === 'teaser' && /félicitations/.test(r.text))!;
    const congratulation = teaser.events.find((e) => e.event === 'SUPPORT')!;
    expect(codes(congratulation.actor)).toEqual(['VNM']);
    expect(codes(congratulation.recipient)).toEqual(['CHN']);
    expect(congratulation.date?.value).toBe('XXXX-01-18');
    expect(main.events.some((e) => codes(e.recipient).includes('CHN'))).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyzeSeed('000_016615b14be8e2ef.txt'))).toBe(JSON.stringify(records));
  });
});
