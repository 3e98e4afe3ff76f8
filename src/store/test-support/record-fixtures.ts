import { createHash } from 'node:crypto';
import {
  ARTICLE_SCHEMA,
  type ArticleRecord,
  type Commitment,
  type Entity,
  type EventRecord,
  type PloverType,
} from '../../records/article.js';
import { PLOVER_QUAD } from '../../events/plover-mapping.js';
import type { PageToStore } from '../article-store.js';

/** Hand-built records for store tests: events, entities and commitments as the analysis stages will emit them. */

export interface PersonSpec {
  name: string;
  country: string;
  title?: string;
}

export interface EventSpec {
  type: PloverType;
  actor: string;
  recipient: string;
  mode?: string[];
  sectors?: string[];
  context?: string[];
  date?: string;
  commitment?: Omit<Commitment, 'status'> & { status?: Commitment['status'] };
  cue?: string;
}

export interface ArticleSpec {
  uri: string;
  title: string;
  body: string;
  published?: string | null;
  language?: string;
  persons?: PersonSpec[];
  events?: EventSpec[];
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A page holding one article built from a spec (spans located by searching the text). */
export function pageFromSpec(spec: ArticleSpec): PageToStore {
  const text = `${spec.title}\n\n${spec.body}`;
  const pageSha = sha(`${spec.uri}\n${text}`);
  const entities: Entity[] = (spec.persons ?? []).map((person, i) => {
    const start = Math.max(0, text.indexOf(person.name));
    const titleStart = person.title ? text.indexOf(person.title) : -1;
    return {
      id: `e${i + 1}`,
      type: 'person',
      name: person.name,
      country: person.country,
      org: null,
      sector: 'GOV',
      roles: person.title
        ? [
            {
              title: person.title,
              country: person.country,
              start: Math.max(0, titleStart),
              end: Math.max(0, titleStart) + person.title.length,
              ruleId: 'test.role',
            },
          ]
        : [],
      kb: null,
      acronym: null,
      mentions: [{ start, end: start + person.name.length, ruleId: 'test.person' }],
    };
  });
  const events: EventRecord[] = (spec.events ?? []).map((event, i) => {
    const cueStart = Math.max(0, event.cue ? text.indexOf(event.cue) : 0);
    const person = (code: string) => entities.find((entity) => entity.country === code)?.id ?? null;
    const commitment: Commitment | null = event.commitment
      ? { ...event.commitment, status: event.commitment.status ?? 'open' }
      : null;
    return {
      id: `v${i + 1}`,
      event: event.type,
      mode: event.mode ?? [],
      context: event.context ?? ['diplomatic'],
      sectors: event.sectors ?? [],
      cameo: '040',
      quad: PLOVER_QUAD[event.type],
      actor: [{ code: event.actor, entity: person(event.actor), sector: 'GOV' }],
      recipient: [{ code: event.recipient, entity: person(event.recipient), sector: 'GOV' }],
      date: event.date ? { text: event.date, value: event.date } : null,
      place: null,
      commitment,
      negated: false,
      hypothetical: false,
      evidence: { start: spec.title.length + 2, end: text.length },
      cue: { start: cueStart, end: cueStart + (event.cue?.length ?? 1) },
      ruleId: `test.${event.type.toLowerCase()}`,
      confidence: 0.9,
    };
  });
  const record: ArticleRecord = {
    schema: ARTICLE_SCHEMA,
    id: `a_${pageSha.slice(0, 16)}`,
    kind: 'article',
    parent: null,
    position: 0,
    source: { uri: spec.uri, sha256: pageSha, format: 'text', fetchedAt: null },
    language: spec.language ?? 'fr',
    title: spec.title,
    lead: null,
    dateline: null,
    published: spec.published ?? null,
    signoff: null,
    text,
    paragraphs: [
      { start: 0, end: spec.title.length },
      { start: spec.title.length + 2, end: text.length },
    ],
    captions: [],
    entities,
    dates: [],
    events,
    story: null,
    diagnostics: [],
  };
  return {
    sha256: pageSha,
    uri: spec.uri,
    origin: 'test',
    format: 'text',
    byteLength: text.length,
    records: [record],
  };
}

/** A Vietnam–Russia phone call between two foreign ministers, with its persons and event. */
export const PHONE_CALL_SPEC: ArticleSpec = {
  uri: 'file:call.txt',
  title: 'Entretien téléphonique Vietnam-Russie',
  body:
    'HANOÏ, 29 mai (VNA) - Le ministre des Affaires étrangères Bui Thanh Son a eu un entretien téléphonique ' +
    'avec le ministre russe des Affaires étrangères Sergueï Lavrov sur la coopération bilatérale, la santé ' +
    'et les vaccins, ainsi que sur la situation régionale et le commerce entre les deux pays.',
  published: '2021-05-29',
  persons: [
    { name: 'Bui Thanh Son', country: 'VNM', title: 'ministre des Affaires étrangères' },
    { name: 'Sergueï Lavrov', country: 'RUS', title: 'ministre russe des Affaires étrangères' },
  ],
  events: [
    { type: 'CONSULT', actor: 'VNM', recipient: 'RUS', mode: ['phone'], cue: 'entretien téléphonique' },
  ],
};
