import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord, OutputRecord } from '../records/article.js';
import { fixtureRecord } from '../events/fixture-record.js';
import { CAMEO_TSV_COLUMNS, cameoTsvRows } from './cameo-tsv.js';
import { recordWriter } from './output-format.js';
import { toPloverRecord } from './plover-json.js';

function recordWithEvent(): ArticleRecord {
  const text = 'Le Vietnam a demandé à la Russie\tde fournir des vaccins.';
  const record = fixtureRecord(text, 'fr', [
    { type: 'country', name: 'Vietnam', country: 'VNM' },
    { type: 'person', name: 'Igor Morgulov', country: 'RUS', surfaces: ['Russie'] },
  ]);
  const event: EventRecord = {
    id: 'v1',
    event: 'REQUEST',
    mode: [],
    context: ['diplomatic', 'health'],
    sectors: ['vaccines'],
    cameo: '020',
    quad: 3,
    actor: [{ code: 'VNM', entity: 'e1', sector: null }],
    recipient: [{ code: 'RUS', entity: 'e2', sector: 'GOV' }],
    date: { text: '29 mai', value: 'XXXX-05-29' },
    place: null,
    commitment: null,
    negated: false,
    hypothetical: false,
    evidence: { start: 0, end: text.length },
    cue: { start: 13, end: 20 },
    ruleId: 'fr.request.ask',
    confidence: 0.85,
  };
  return {
    ...record,
    id: 'a_1',
    source: { ...record.source, uri: 'https://example.org/a' },
    events: [event],
  };
}

describe('PLOVER JSON export', () => {
  it('writes the PLOVER fields with names, event text and a citation', () => {
    const record = recordWithEvent();
    expect(toPloverRecord(record, record.events[0]!)).toEqual({
      id: 'a_1-v1',
      date: 'XXXX-05-29',
      actor: [{ code: 'VNM', name: 'Vietnam' }],
      recipient: [{ code: 'RUS', name: 'Igor Morgulov' }],
      event: 'REQUEST',
      mode: '',
      context: 'diplomatic, health',
      quad_code: 3,
      event_text: record.text,
      cite_info: {
        article: 'a_1',
        source: 'https://example.org/a',
        cue_text: 'demandé',
        start: 0,
        end: record.text.length,
        ruleId: 'fr.request.ask',
        confidence: 0.85,
        cameo: '020',
        negated: false,
        hypothetical: false,
      },
    });
  });
});

describe('CAMEO TSV export', () => {
  it('writes one row per event with QuadClass and Goldstein from the mapping table, tabs escaped', () => {
    const rows = cameoTsvRows(recordWithEvent()).trimEnd().split('\n');
    expect(rows).toHaveLength(1);
    const cells = rows[0]!.split('\t');
    expect(cells).toHaveLength(CAMEO_TSV_COLUMNS.length);
    expect(cells).toEqual([
      'a_1-v1',
      'XXXX-05-29',
      'VNM',
      'RUS',
      '020',
      'REQUEST',
      '1',
      '3.0',
      '0',
      '0',
      'https://example.org/a',
      '13',
    ]);
  });

  it('writes the header once, and error records only in jsonl', () => {
    const write = recordWriter('cameo-tsv');
    const error: OutputRecord = {
      schema: 'entente/article@1',
      id: 'x',
      kind: 'error',
      source: { uri: 'file:x', sha256: '', format: 'text', fetchedAt: null },
      error: { code: 'EMPTY', message: 'empty' },
      diagnostics: [],
    };
    const output = write(error) + write(recordWithEvent());
    expect(output.split('\n')[0]).toBe(CAMEO_TSV_COLUMNS.join('\t'));
    expect(output.match(/EventId/g)).toHaveLength(1);
    expect(recordWriter('plover')(error)).toBe('');
    expect(recordWriter('jsonl')(error)).toContain('"kind":"error"');
  });
});
