import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../records/article.js';
import { isKnownCountryCode } from '../records/country-codes.js';

/** The project's own agency-style gold set (data/own-news/README.md), one file per language. */
const OWN_NEWS_DIR = fileURLToPath(new URL('../../data/own-news/', import.meta.url));

const MODES = new Set(['visit', 'third-party', 'multilateral', 'phone']);
const TOPICS = new Set([
  'health',
  'energy',
  'economy',
  'science',
  'security',
  'diplomatic',
  'military',
  'trade',
  'education',
  'culture',
  'agriculture',
]);
const TYPES = new Set<string>(PLOVER_TYPES);
/** Days per month, February with 29 since no year is stored. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringsOf(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}

/** What is wrong with one gold event of an item (empty when nothing). */
function eventProblems(event: unknown, index: number, item: Json, names: Set<string>): string[] {
  const text = item.text as string;
  const where = `${String(item.id)} event ${index + 1}`;
  if (!isObject(event)) return [`${where}: not an object`];
  const problems: string[] = [];
  if (event.id !== `${String(item.id)}-e${index + 1}`) problems.push(`${where}: id ${String(event.id)}`);
  const types = stringsOf(event.types);
  if (!types || types.length < 1 || types.length > 3 || new Set(types).size !== types.length) {
    problems.push(`${where}: types must be 1 to 3 distinct PLOVER types`);
  } else {
    for (const type of types) if (!TYPES.has(type)) problems.push(`${where}: ${type} is not a PLOVER type`);
  }
  const actors = stringsOf(event.actors);
  const directed = typeof event.source === 'string' && typeof event.target === 'string';
  if ((actors !== null) === directed || (actors !== null && actors.length === 0)) {
    problems.push(`${where}: needs either actors or source and target`);
  }
  const countries = new Set(stringsOf(item.countries) ?? []);
  const codes = actors ?? (directed ? [event.source as string, event.target as string] : []);
  for (const code of codes) {
    if (!isKnownCountryCode(code)) problems.push(`${where}: ${code} is neither ISO alpha-3 nor IGO`);
    else if (code !== 'IGO' && !countries.has(code))
      problems.push(`${where}: ${code} missing from countries`);
  }
  const persons = stringsOf(event.persons);
  if (!persons) problems.push(`${where}: persons must be a list of names`);
  for (const person of persons ?? []) {
    if (!names.has(person)) problems.push(`${where}: person ${person} is not in persons`);
  }
  const cue = typeof event.cue === 'string' ? event.cue : '';
  const tokens = cue.split(/\s+/u).filter((token) => token.length > 0).length;
  if (!text.includes(cue) || cue.trim() !== cue) problems.push(`${where}: cue "${cue}" not in text`);
  if (tokens < 2 || tokens > 5) problems.push(`${where}: cue "${cue}" has ${tokens} tokens (2 to 5)`);
  problems.push(...dateProblems(event.date, where));
  const modes = event.mode_any === undefined ? [] : stringsOf(event.mode_any);
  if (!modes || modes.some((mode) => !MODES.has(mode))) problems.push(`${where}: mode_any`);
  if (modes && modes.length > 0 && !types?.includes('CONSULT'))
    problems.push(`${where}: mode without CONSULT`);
  const topics = event.topics_any === undefined ? [] : stringsOf(event.topics_any);
  if (!topics || topics.some((topic) => !TOPICS.has(topic))) problems.push(`${where}: topics_any`);
  return problems;
}

function dateProblems(date: unknown, where: string): string[] {
  if (date === null) return [];
  if (!isObject(date) || !Number.isInteger(date.month) || !Number.isInteger(date.day)) {
    return [`${where}: date must be null or {month, day}`];
  }
  const month = date.month as number;
  const day = date.day as number;
  const days = MONTH_DAYS[month - 1];
  return days !== undefined && day >= 1 && day <= days ? [] : [`${where}: no day ${month}/${day}`];
}

/** What is wrong with one item of `<lang>.jsonl` (README "Record format"; empty when nothing). */
function ownNewsProblems(item: unknown, lang: string): string[] {
  if (!isObject(item)) return ['not an object'];
  const id = String(item.id);
  const problems: string[] = [];
  const idMatch = /^own-(fr|en)-(\d{2})$/u.exec(id);
  if (!idMatch || idMatch[1] !== lang) problems.push(`${id}: id must be own-${lang}-NN`);
  if (item.lang !== lang) problems.push(`${id}: lang ${String(item.lang)} in ${lang}.jsonl`);
  if (item.url !== null && typeof item.url !== 'string') problems.push(`${id}: url`);
  const month = typeof item.published_month === 'string' ? item.published_month : '';
  const monthMatch = /^(\d{4})-(\d{2})$/u.exec(month);
  if (!monthMatch || Number(monthMatch[2]) < 1 || Number(monthMatch[2]) > 12) {
    problems.push(`${id}: published_month ${month} is not YYYY-MM`);
  }
  if (typeof item.text !== 'string' || item.text.trim().length === 0) return [...problems, `${id}: no text`];
  const text = item.text;
  const names = new Set<string>();
  for (const person of Array.isArray(item.persons) ? item.persons : [null]) {
    if (!isObject(person) || typeof person.name !== 'string') {
      problems.push(`${id}: person without a name`);
      continue;
    }
    names.add(person.name);
    if (!text.includes(person.name)) problems.push(`${id}: person "${person.name}" not in text`);
    const code = typeof person.country === 'string' ? person.country : '';
    if (!isKnownCountryCode(code)) problems.push(`${id}: ${person.name}'s country ${code}`);
    const role = person.role_contains;
    if (role !== undefined && (typeof role !== 'string' || role.length === 0 || !text.includes(role))) {
      problems.push(`${id}: role "${String(role)}" not in text`);
    }
  }
  const organizations = stringsOf(item.organizations);
  if (!organizations) problems.push(`${id}: organizations must be a list of strings`);
  for (const name of organizations ?? []) {
    if (!text.includes(name)) problems.push(`${id}: organisation "${name}" not in text`);
  }
  const countries = stringsOf(item.countries);
  if (!countries || new Set(countries).size !== countries.length) problems.push(`${id}: countries`);
  for (const code of countries ?? []) {
    if (code === 'IGO' || !isKnownCountryCode(code))
      problems.push(`${id}: country ${code} is not ISO alpha-3`);
  }
  if (!Array.isArray(item.events)) return [...problems, `${id}: events must be a list`];
  item.events.forEach((event, index) => problems.push(...eventProblems(event, index, item, names)));
  return problems;
}

/** The language of a gold file: `fr.jsonl` and later batches such as `fr-2.jsonl` are French. */
function fileLanguage(file: string): string {
  return file.replace(/(?:-\d+)?\.jsonl$/u, '');
}

/** The batch of a gold file: `fr.jsonl` is the first, `fr-2.jsonl` the second. */
function fileBatch(file: string): number {
  const match = /-(\d+)\.jsonl$/u.exec(file);
  return match ? Number(match[1]) : 1;
}

/** Item numbers of each file (`own-fr-46` → 46), for checking that a batch numbers on from the last. */
function itemNumbers(file: string): number[] {
  return readFileSync(join(OWN_NEWS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => Number(/-(\d+)$/u.exec(String((JSON.parse(line) as Json).id))?.[1]));
}

function ownNewsFiles(): string[] {
  if (!existsSync(OWN_NEWS_DIR)) return [];
  return readdirSync(OWN_NEWS_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort();
}

const GOOD = {
  id: 'own-fr-99',
  lang: 'fr',
  url: null,
  published_month: '2024-02',
  text: 'Hanoï (VNA) – Le 12 février, le ministre vietnamien, Nguyen Van A, a reçu l’ambassadeur du Japon.',
  persons: [{ name: 'Nguyen Van A', country: 'VNM', role_contains: 'ministre vietnamien' }],
  organizations: [],
  countries: ['VNM', 'JPN'],
  events: [
    {
      id: 'own-fr-99-e1',
      types: ['CONSULT'],
      source: 'VNM',
      target: 'JPN',
      persons: ['Nguyen Van A'],
      cue: 'a reçu l’ambassadeur',
      date: { month: 2, day: 12 },
    },
  ],
};

describe('own-news gold set', () => {
  it('has a file per language, each line a valid record with a unique id', () => {
    const files = ownNewsFiles();
    expect(files).toEqual(
      expect.arrayContaining([
        'fr.jsonl',
        'fr-2.jsonl',
        'fr-3.jsonl',
        'fr-4.jsonl',
        'fr-5.jsonl',
        'en.jsonl',
        'en-2.jsonl',
        'en-3.jsonl',
        'en-4.jsonl',
        'en-5.jsonl',
      ]),
    );
    const ids = new Set<string>();
    for (const file of files) {
      const lang = fileLanguage(file);
      expect(['fr', 'en']).toContain(lang);
      const lines = readFileSync(join(OWN_NEWS_DIR, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim().length === 0) return;
        const item = JSON.parse(line) as unknown;
        const problems = ownNewsProblems(item, lang);
        expect(problems, `${file}:${i + 1}`).toEqual([]);
        const id = (item as Json).id as string;
        expect(ids.has(id), `${file}:${i + 1}: duplicate id ${id}`).toBe(false);
        ids.add(id);
      });
    }
  });

  it('reads the language of a later batch from its file name', () => {
    expect(fileLanguage('fr.jsonl')).toBe('fr');
    expect(fileLanguage('fr-2.jsonl')).toBe('fr');
    expect(fileLanguage('en-12.jsonl')).toBe('en');
    expect(fileBatch('fr.jsonl')).toBe(1);
    expect(fileBatch('fr-3.jsonl')).toBe(3);
  });

  it('numbers each batch on from the previous batch of its language, without gaps', () => {
    const byLanguage = new Map<string, string[]>();
    for (const file of ownNewsFiles()) {
      const lang = fileLanguage(file);
      byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), file]);
    }
    for (const [lang, files] of byLanguage) {
      const numbers = files.sort((a, b) => fileBatch(a) - fileBatch(b)).flatMap((file) => itemNumbers(file));
      expect(numbers, lang).toEqual(numbers.map((_, i) => i + 1));
    }
    const third = itemNumbers('fr-3.jsonl');
    expect([third[0], third.at(-1), third.length]).toEqual([46, 65, 20]);
    for (const file of ['fr-4.jsonl', 'en-4.jsonl']) {
      const fourth = itemNumbers(file);
      expect([fourth[0], fourth.at(-1), fourth.length], file).toEqual([66, 80, 15]);
    }
    for (const file of ['fr-5.jsonl', 'en-5.jsonl']) {
      const fifth = itemNumbers(file);
      expect([fifth[0], fifth.at(-1), fifth.length], file).toEqual([81, 95, 15]);
    }
  });

  it('accepts a well-formed record and names what is wrong in a broken one', () => {
    expect(ownNewsProblems(GOOD, 'fr')).toEqual([]);
    const [event] = GOOD.events;
    const broken = (change: Json, eventChange: Json = {}): string[] =>
      ownNewsProblems({ ...GOOD, ...change, events: [{ ...event, ...eventChange }] }, 'fr');
    expect(broken({ id: 'own-en-99' })).toContain('own-en-99: id must be own-fr-NN');
    expect(broken({ lang: 'en' })).toContain('own-fr-99: lang en in fr.jsonl');
    expect(broken({ published_month: '2024-13' })).toContain(
      'own-fr-99: published_month 2024-13 is not YYYY-MM',
    );
    expect(broken({ persons: [{ name: 'Nguyen Van B', country: 'VNM' }] })).toContain(
      'own-fr-99: person "Nguyen Van B" not in text',
    );
    expect(broken({ persons: [{ name: 'Nguyen Van A', country: 'VN' }] })).toContain(
      "own-fr-99: Nguyen Van A's country VN",
    );
    expect(broken({ organizations: ['ASEAN'] })).toContain('own-fr-99: organisation "ASEAN" not in text');
    expect(broken({ countries: ['VNM', 'JPN', 'IGO'] })).toContain(
      'own-fr-99: country IGO is not ISO alpha-3',
    );
    expect(broken({}, { cue: 'a reçu l’ambassadrice' })).toContain(
      'own-fr-99 event 1: cue "a reçu l’ambassadrice" not in text',
    );
    expect(broken({}, { cue: 'reçu' })).toContain('own-fr-99 event 1: cue "reçu" has 1 tokens (2 to 5)');
    expect(broken({}, { types: ['MEET'] })).toContain('own-fr-99 event 1: MEET is not a PLOVER type');
    expect(broken({}, { actors: ['VNM', 'JPN'] })).toContain(
      'own-fr-99 event 1: needs either actors or source and target',
    );
    expect(broken({}, { target: undefined })).toContain(
      'own-fr-99 event 1: needs either actors or source and target',
    );
    expect(broken({}, { target: 'XYZ' })).toContain('own-fr-99 event 1: XYZ is neither ISO alpha-3 nor IGO');
    expect(broken({}, { target: 'KOR' })).toContain('own-fr-99 event 1: KOR missing from countries');
    expect(broken({}, { persons: ['Nguyen Van B'] })).toContain(
      'own-fr-99 event 1: person Nguyen Van B is not in persons',
    );
    expect(broken({}, { date: { month: 2, day: 30 } })).toContain('own-fr-99 event 1: no day 2/30');
    expect(broken({}, { date: { month: 2 } })).toContain(
      'own-fr-99 event 1: date must be null or {month, day}',
    );
    expect(broken({}, { mode_any: ['visit'], types: ['AGREE'] })).toContain(
      'own-fr-99 event 1: mode without CONSULT',
    );
    expect(broken({}, { id: 'own-fr-99-e2' })).toContain('own-fr-99 event 1: id own-fr-99-e2');
    expect(ownNewsProblems('{"id": ', 'fr')).toEqual(['not an object']);
  });
});
