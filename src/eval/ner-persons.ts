import { readFileSync } from 'node:fs';
import { entitiesStage } from '../entities/entities-stage.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { Entity } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { REPORT_SUBSETS, devHalf, errorsReadable, subsetHeading } from './dev-split.js';
import { addCounts, formatCounts, matchOneToOne, type Counts } from './ner-metrics.js';

interface GoldPerson {
  name: string;
  country: string;
  role_contains?: string;
}

interface AgencyItem {
  id: string;
  lang: string;
  published_month: string | null;
  text: string;
  persons: GoldPerson[];
  organizations: string[];
  countries: string[];
}

/** The comparison form of the agency-news README: lower case, no accents, ASCII apostrophes, single spaces. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Figures of one item: persons, countries and roles of matched persons, organisations, country set. */
export interface ItemScore {
  persons: Counts;
  personCountry: { correct: number; total: number };
  role: { hit: number; total: number };
  organisations: Counts;
  countries: Counts;
  missedPersons: string[];
  extraPersons: string[];
}

/** Score one item's predicted entities against its gold. */
export function scoreItem(item: AgencyItem, entities: readonly Entity[]): ItemScore {
  const persons = entities.filter((entity) => entity.type === 'person');
  const used = new Set<Entity>();
  const personCountry = { correct: 0, total: 0 };
  const role = { hit: 0, total: 0 };
  const missedPersons: string[] = [];
  for (const gold of item.persons) {
    const name = comparable(gold.name);
    const match = persons.find((person) => !used.has(person) && comparable(person.name).includes(name));
    if (!match) {
      missedPersons.push(gold.name);
      continue;
    }
    used.add(match);
    personCountry.total += 1;
    if (match.country === gold.country) personCountry.correct += 1;
    if (gold.role_contains) {
      role.total += 1;
      const wanted = comparable(gold.role_contains);
      if (match.roles.some((candidate) => comparable(candidate.title).includes(wanted))) role.hit += 1;
    }
  }
  const organisations = entities
    .filter((entity) => entity.type === 'organization')
    .map((entity) => comparable(entity.name));
  const predictedCountries = [
    ...new Set(
      entities
        .filter((entity) => entity.type === 'country' && entity.country)
        .map((entity) => entity.country),
    ),
  ];
  return {
    persons: { tp: used.size, fp: persons.length - used.size, fn: item.persons.length - used.size },
    personCountry,
    role,
    organisations: matchOneToOne(
      item.organizations.map(comparable),
      organisations,
      (g, p) => p.includes(g) || g.includes(p),
    ),
    countries: matchOneToOne(item.countries, predictedCountries, (g, p) => g === p),
    missedPersons,
    extraPersons: persons.filter((person) => !used.has(person)).map((person) => person.name),
  };
}

interface PersonTotals {
  items: number;
  persons: Counts;
  organisations: Counts;
  countries: Counts;
  personCountry: { correct: number; total: number };
  role: { hit: number; total: number };
}

function emptyTotals(): PersonTotals {
  return {
    items: 0,
    persons: { tp: 0, fp: 0, fn: 0 },
    organisations: { tp: 0, fp: 0, fn: 0 },
    countries: { tp: 0, fp: 0, fn: 0 },
    personCountry: { correct: 0, total: 0 },
    role: { hit: 0, total: 0 },
  };
}

function addItemScore(total: PersonTotals, score: ItemScore): void {
  total.items += 1;
  addCounts(total.persons, score.persons);
  addCounts(total.organisations, score.organisations);
  addCounts(total.countries, score.countries);
  total.personCountry.correct += score.personCountry.correct;
  total.personCountry.total += score.personCountry.total;
  total.role.hit += score.role.hit;
  total.role.total += score.role.total;
}

const ratio = (a: number, b: number): string => `${b === 0 ? '0.000' : (a / b).toFixed(3)} (${a}/${b})`;

/**
 * `entente eval persons`: persons, roles, organisations and countries against agency-news gold, for all
 * items and each fixed half; `verbose` lists missed and extra persons of the `look` half only.
 */
export function evalPersons(dataPath: string, verbose = false): string {
  const items = readFileSync(dataPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as AgencyItem);
  const totals = new Map(REPORT_SUBSETS.map((subset) => [subset, emptyTotals()]));
  const details: string[] = [];
  for (const item of items) {
    const record = entitiesStage.run(
      recordFromRawText(item.text, { id: item.id, language: item.lang, published: item.published_month }),
      new DiagnosticCollector(),
    );
    const score = scoreItem(item, record.entities);
    const half = devHalf(item.id);
    addItemScore(totals.get('all')!, score);
    addItemScore(totals.get(half)!, score);
    if (
      verbose &&
      errorsReadable(item.id) &&
      (score.missedPersons.length > 0 || score.extraPersons.length > 0)
    ) {
      details.push(
        `  ${item.id}: missed [${score.missedPersons.join('; ')}] extra [${score.extraPersons.join('; ')}]`,
      );
    }
  }
  const lines = [`Persons, organisations and countries on ${items.length} items (${dataPath})`];
  for (const [subset, total] of totals) {
    lines.push(
      subsetHeading(subset, total.items, 'items'),
      `  ${formatCounts('persons', total.persons)}`,
      `  person country accuracy  ${ratio(total.personCountry.correct, total.personCountry.total)}`,
      `  role substring hit rate  ${ratio(total.role.hit, total.role.total)}`,
      `  ${formatCounts('organisations', total.organisations)}`,
      `  ${formatCounts('country set', total.countries)}`,
    );
  }
  if (verbose) lines.push('look half, missed and extra persons:', ...details);
  return lines.join('\n');
}
