import { analyzeRecord } from '../pipeline/analyze.js';
import type { ArticleRecord, EventRecord, PloverType } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { REPORT_SUBSETS, devHalf, errorsReadable, subsetHeading } from './dev-split.js';
import { readJsonLines } from './jsonl-file.js';
import { comparable } from './ner-persons.js';

interface GoldEvent {
  id: string;
  types: PloverType[];
  actors?: string[];
  source?: string;
  target?: string;
  persons: string[];
  cue: string;
  date: { month: number; day: number } | null;
  mode_any?: string[];
}

interface AgencyEventItem {
  id: string;
  lang: string;
  published_month: string | null;
  text: string;
  events: GoldEvent[];
}

/** Counts of the agency-news event comparison (README "How the gold is meant to be compared"). */
export interface AgencyEventCounts {
  gold: number;
  predicted: number;
  /** Type in `types` and cue inside the evidence. */
  typeMatched: number;
  /** … and actors / source-target as the gold says. */
  actorMatched: number;
  datesChecked: number;
  dateMatched: number;
  personsMatched: number;
  modesChecked: number;
  modeMatched: number;
  perType: Map<string, { gold: number; matched: number }>;
  /** Predicted events by their own type, and how many of them matched a gold event (precision by type). */
  perPredictedType: Map<string, { gold: number; matched: number }>;
}

/** The (month, day) pairs an EDTF value names: "XXXX-05-29", "2022-03-31", sets and intervals of days. */
export function daysOf(value: string | null): Array<[number, number]> {
  if (!value) return [];
  return [...value.matchAll(/(?:\d{4}|X{4})-(\d{2})-(\d{2})/gu)].map((m) => [Number(m[1]), Number(m[2])]);
}

function actorsMatch(gold: GoldEvent, event: EventRecord): boolean {
  const actors = new Set(event.actor.map((a) => a.code));
  const recipients = new Set(event.recipient.map((a) => a.code));
  if (gold.actors) return gold.actors.every((code) => actors.has(code) || recipients.has(code));
  return (!gold.source || actors.has(gold.source)) && (!gold.target || recipients.has(gold.target));
}

function personsMatch(gold: GoldEvent, event: EventRecord, record: ArticleRecord): boolean {
  const names = [...event.actor, ...event.recipient]
    .map((side) => record.entities.find((entity) => entity.id === side.entity)?.name ?? '')
    .map(comparable);
  const evidence = comparable(record.text.slice(event.evidence.start, event.evidence.end));
  return gold.persons.every((person) => {
    const wanted = comparable(person);
    return evidence.includes(wanted) || names.some((name) => name.includes(wanted));
  });
}

/** Blank-line separated blocks as the record's paragraphs, so block-level rules (news date, dedup) apply. */
function withBlocks(record: ArticleRecord): ArticleRecord {
  const paragraphs: ArticleRecord['paragraphs'] = [];
  for (const match of record.text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/gu)) {
    paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return { ...record, paragraphs };
}

/** Score one item: gold events matched one to one with counted (not negated, not hypothetical) events. */
export function scoreAgencyItem(
  item: AgencyEventItem,
  counts: AgencyEventCounts,
  misses: string[],
  extras: string[] = [],
): void {
  const base = recordFromRawText(item.text, {
    id: item.id,
    language: item.lang,
    published: item.published_month,
  });
  const record = analyzeRecord(withBlocks(base));
  const predicted = record.events.filter((event) => !event.negated && !event.hypothetical);
  counts.gold += item.events.length;
  counts.predicted += predicted.length;
  const used = new Set<EventRecord>();
  for (const gold of item.events) {
    const typeRow = counts.perType.get(gold.types[0]!) ?? { gold: 0, matched: 0 };
    typeRow.gold += 1;
    counts.perType.set(gold.types[0]!, typeRow);
    const cue = comparable(gold.cue);
    const typed = predicted.filter(
      (event) =>
        !used.has(event) &&
        gold.types.includes(event.event) &&
        comparable(record.text.slice(event.evidence.start, event.evidence.end)).includes(cue),
    );
    if (typed.length > 0) counts.typeMatched += 1;
    const match = typed.find((event) => actorsMatch(gold, event));
    if (!match) {
      const seen = typed[0]
        ? `${typed[0].event} ${typed[0].actor.map((a) => a.code).join(',')}>${typed[0].recipient.map((a) => a.code).join(',')}`
        : 'no typed event';
      misses.push(
        `    ${gold.id} ${gold.types.join('|')} ${gold.actors?.join(',') ?? `${gold.source}>${gold.target}`} "${gold.cue}": ${seen}`,
      );
      continue;
    }
    used.add(match);
    typeRow.matched += 1;
    counts.actorMatched += 1;
    if (personsMatch(gold, match, record)) counts.personsMatched += 1;
    if (gold.date) {
      counts.datesChecked += 1;
      if (daysOf(match.date?.value ?? null).some(([m, d]) => m === gold.date!.month && d === gold.date!.day))
        counts.dateMatched += 1;
    }
    if (gold.mode_any) {
      counts.modesChecked += 1;
      if (match.mode.some((mode) => gold.mode_any!.includes(mode))) counts.modeMatched += 1;
      else misses.push(`    ${gold.id} mode ${gold.mode_any.join('|')}: got [${match.mode.join(',')}]`);
    }
  }
  for (const event of predicted) {
    const row = counts.perPredictedType.get(event.event) ?? { gold: 0, matched: 0 };
    row.gold += 1;
    if (used.has(event)) row.matched += 1;
    counts.perPredictedType.set(event.event, row);
  }
  for (const event of predicted) {
    if (used.has(event)) continue;
    const sides = `${event.actor.map((a) => a.code).join(',')}>${event.recipient.map((a) => a.code).join(',')}`;
    const cue = record.text.slice(event.cue.start, event.cue.end);
    extras.push(`    ${item.id} ${event.event} ${sides} "${cue}" (${event.ruleId})`);
  }
}

const ratio = (a: number, b: number): string => `${b === 0 ? '0.000' : (a / b).toFixed(3)} (${a}/${b})`;

function emptyCounts(): AgencyEventCounts {
  return {
    gold: 0,
    predicted: 0,
    typeMatched: 0,
    actorMatched: 0,
    datesChecked: 0,
    dateMatched: 0,
    personsMatched: 0,
    modesChecked: 0,
    modeMatched: 0,
    perType: new Map(),
    perPredictedType: new Map(),
  };
}

function addAgencyCounts(total: AgencyEventCounts, more: AgencyEventCounts): void {
  total.gold += more.gold;
  total.predicted += more.predicted;
  total.typeMatched += more.typeMatched;
  total.actorMatched += more.actorMatched;
  total.datesChecked += more.datesChecked;
  total.dateMatched += more.dateMatched;
  total.personsMatched += more.personsMatched;
  total.modesChecked += more.modesChecked;
  total.modeMatched += more.modeMatched;
  for (const [table, rows] of [
    [total.perType, more.perType],
    [total.perPredictedType, more.perPredictedType],
  ] as const) {
    for (const [type, row] of rows) {
      const sum = table.get(type) ?? { gold: 0, matched: 0 };
      sum.gold += row.gold;
      sum.matched += row.matched;
      table.set(type, sum);
    }
  }
}

function countsReport(counts: AgencyEventCounts): string[] {
  return [
    `  gold events ${counts.gold}, predicted ${counts.predicted}`,
    `  recall, type + cue              ${ratio(counts.typeMatched, counts.gold)}`,
    `  recall, type + cue + sides      ${ratio(counts.actorMatched, counts.gold)}`,
    `  precision, type + cue + sides   ${ratio(counts.actorMatched, counts.predicted)}`,
    `  date match (matched events)     ${ratio(counts.dateMatched, counts.datesChecked)}`,
    `  recall, + date                  ${ratio(counts.dateMatched + (counts.actorMatched - counts.datesChecked), counts.gold)} (events without a gold date count as matched)`,
    `  persons match                   ${ratio(counts.personsMatched, counts.actorMatched)}`,
    `  CONSULT mode match              ${ratio(counts.modeMatched, counts.modesChecked)}`,
    '  recall by first gold type (type + cue + sides)',
    ...[...counts.perType.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([type, row]) => `    ${type.padEnd(10)} ${ratio(row.matched, row.gold)}`),
    '  precision by predicted type (matched / predicted)',
    ...[...counts.perPredictedType.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([type, row]) => `    ${type.padEnd(10)} ${ratio(row.matched, row.gold)}`),
  ];
}

const READABLE = "look half and the project's own texts only";

/**
 * `entente eval events` on agency-news: event recall/precision by type + actor match, then date, persons,
 * mode, for all items and each fixed half; misses are listed for the `look` half and the project's own texts only.
 */
export function evalEventsAgency(dataPath: string, verbose = false): string {
  const items = readJsonLines<AgencyEventItem>(dataPath);
  const totals = new Map(REPORT_SUBSETS.map((subset) => [subset, { items: 0, counts: emptyCounts() }]));
  const readableMisses: string[] = [];
  const readableExtras: string[] = [];
  for (const item of items) {
    const counts = emptyCounts();
    const misses: string[] = [];
    const extras: string[] = [];
    scoreAgencyItem(item, counts, misses, extras);
    const half = devHalf(item.id);
    for (const subset of ['all', half] as const) {
      const total = totals.get(subset)!;
      total.items += 1;
      addAgencyCounts(total.counts, counts);
    }
    if (errorsReadable(item.id)) {
      readableMisses.push(...misses);
      readableExtras.push(...extras);
    }
  }
  const lines = [
    `Agency-news events on ${items.length} items (${dataPath})`,
    'sides: a directed gold event needs its source among the actors and its target among the recipients;',
    'a symmetric one every listed code on either side. Negated and hypothetical events are not counted.',
  ];
  for (const [subset, total] of totals) {
    lines.push(subsetHeading(subset, total.items, 'items'), ...countsReport(total.counts));
  }
  if (verbose) {
    lines.push(`misses (${READABLE}):`, ...readableMisses);
    lines.push(
      `events matching no gold event (${READABLE}; the gold codes only the news acts):`,
      ...readableExtras,
    );
  }
  return lines.join('\n');
}
