import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { prf } from './ner-metrics.js';
import { predictedSpans, scoreDocument } from './ner-newseye.js';

function entity(type: Entity['type'], mentions: Entity['mentions'], roles: Entity['roles'] = []): Entity {
  return {
    id: 'e',
    type,
    name: '',
    country: null,
    org: null,
    sector: null,
    roles,
    kb: null,
    acronym: null,
    mentions,
  };
}

describe('NER scoring', () => {
  it('counts strict and fuzzy matches per type, one to one', () => {
    const gold = [
      { start: 0, end: 11, type: 'PER' },
      { start: 20, end: 25, type: 'LOC' },
    ];
    const predicted = [
      { start: 3, end: 11, type: 'PER' },
      { start: 20, end: 25, type: 'LOC' },
      { start: 30, end: 35, type: 'ORG' },
    ];
    const scores = scoreDocument(gold, predicted);
    expect(scores.get('PER')).toEqual({ strict: { tp: 0, fp: 1, fn: 1 }, fuzzy: { tp: 1, fp: 0, fn: 0 } });
    expect(scores.get('LOC')?.strict).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scores.get('ORG')?.fuzzy).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  it('maps entity types, drops demonyms and nested mentions, and puts a title before a name into PER', () => {
    const record = recordFromRawText('le président Wilson à la Banque de France, russe');
    record.entities = [
      entity(
        'person',
        [{ start: 13, end: 19, ruleId: 'fr.person.title-name' }],
        [{ title: 'président', country: null, start: 3, end: 12, ruleId: 'fr.role.title-name' }],
      ),
      entity('organization', [{ start: 25, end: 41, ruleId: 'fr.org.head-name' }]),
      entity('country', [
        { start: 35, end: 41, ruleId: 'fr.country.name' },
        { start: 43, end: 48, ruleId: 'fr.country.demonym' },
      ]),
    ];
    expect(predictedSpans(record)).toEqual([
      { start: 3, end: 19, type: 'PER' },
      { start: 25, end: 41, type: 'ORG' },
    ]);
  });
});
