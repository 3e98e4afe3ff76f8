import { analyzeRecord } from '../pipeline/analyze.js';
import type { EventRecord, PloverType } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { PLOVER_TYPES } from '../events/plover-mapping.js';
import { REPORT_SUBSETS, subsetHeading, subsetOf } from './dev-split.js';
import { readJsonLines } from './jsonl-file.js';
import { prf, type Counts } from './ner-metrics.js';

interface GsrActor {
  code: string;
}

interface GsrItem {
  id: string;
  text: string;
  event_type: PloverType;
  source_actor: GsrActor[];
  target_actor: GsrActor[];
}

const TYPES = PLOVER_TYPES;
const NONE = 'NONE';

/** The event a one-sentence gold record is about: the first cue of the sentence (its main verb, usually). */
export function mainEvent(events: readonly EventRecord[]): EventRecord | null {
  let best: EventRecord | null = null;
  for (const event of events) {
    if (!best || event.cue.start < best.cue.start) best = event;
  }
  return best;
}

const COOPERATIVE_QUADS = new Set([1, 2]);

/**
 * The PLOVER type the gold coders give a statement: a negated cooperative act ("will not accept",
 * "did not agree") is a REJECT in PLOVER, while Entente keeps the cue type with `negated: true`.
 */
export function ploverReading(event: EventRecord): PloverType {
  return event.negated && COOPERATIVE_QUADS.has(event.quad) ? 'REJECT' : event.event;
}

/** Per-sentence outcome of the PLOVER GSR comparison. */
export interface GsrOutcome {
  id: string;
  gold: PloverType;
  predicted: PloverType | typeof NONE;
  ruleId: string | null;
  actorOk: boolean | null;
  recipientOk: boolean | null;
  /** Codes as `gold → coded` per side, for the misses listing. */
  actorCodes: string;
  recipientCodes: string;
}

const codesOf = (sides: readonly { code: string }[] | undefined): string =>
  (sides ?? []).map((side) => side.code).join(',') || '-';

/** Score one gold sentence: type, and whether an actor / recipient code is among the gold ones. */
export function scoreGsrItem(item: GsrItem): GsrOutcome {
  const record = analyzeRecord(recordFromRawText(item.text, { id: item.id, language: 'en' }));
  const event = mainEvent(record.events);
  const overlap = (gold: GsrActor[], side: EventRecord['actor'] | undefined): boolean | null => {
    if (gold.length === 0) return null;
    return (side ?? []).some((actor) => gold.some((g) => g.code === actor.code));
  };
  return {
    id: item.id,
    gold: item.event_type,
    predicted: event ? ploverReading(event) : NONE,
    ruleId: event?.ruleId ?? null,
    actorOk: overlap(item.source_actor, event?.actor),
    recipientOk: overlap(item.target_actor, event?.recipient),
    actorCodes: `${codesOf(item.source_actor)} → ${codesOf(event?.actor)}`,
    recipientCodes: `${codesOf(item.target_actor)} → ${codesOf(event?.recipient)}`,
  };
}

const ratio = (a: number, b: number): string => `${b === 0 ? '0.000' : (a / b).toFixed(3)} (${a}/${b})`;

function headline(outcomes: readonly GsrOutcome[]): string[] {
  const correct = outcomes.filter((o) => o.gold === o.predicted).length;
  const rows = perTypeRows(outcomes);
  const macroF1 = rows.reduce((sum, row) => sum + row.f1, 0) / Math.max(1, rows.length);
  const actors = outcomes.filter((o) => o.actorOk !== null);
  const recipients = outcomes.filter((o) => o.recipientOk !== null);
  return [
    `  event-type accuracy      ${ratio(correct, outcomes.length)}`,
    `  macro-F1 over types      ${macroF1.toFixed(3)} (${rows.length} gold types)`,
    `  actor country accuracy   ${ratio(actors.filter((o) => o.actorOk).length, actors.length)}`,
    `  recipient accuracy       ${ratio(recipients.filter((o) => o.recipientOk).length, recipients.length)}`,
  ];
}

function perTypeRows(
  outcomes: readonly GsrOutcome[],
): Array<{ type: PloverType; counts: Counts; precision: number; recall: number; f1: number }> {
  return TYPES.map((type) => {
    const counts: Counts = {
      tp: outcomes.filter((o) => o.gold === type && o.predicted === type).length,
      fp: outcomes.filter((o) => o.gold !== type && o.predicted === type).length,
      fn: outcomes.filter((o) => o.gold === type && o.predicted !== type).length,
    };
    return { type, counts, ...prf(counts) };
  }).filter((row) => row.counts.tp + row.counts.fn > 0);
}

/**
 * `entente eval events` on PLOVER GSR sentences: type accuracy, macro-F1 and actor accuracy for all
 * sentences and each fixed half; per-type figures, confusion, per-rule precision and misses on `look` only.
 */
export function evalEventsGsr(dataPath: string, verbose = false): string {
  const outcomes = readJsonLines<GsrItem>(dataPath).map(scoreGsrItem);
  const lines = [`PLOVER GSR events on ${outcomes.length} sentences (${dataPath})`];
  for (const subset of REPORT_SUBSETS) {
    const part = subsetOf(outcomes, subset);
    lines.push(subsetHeading(subset, part.length, 'sentences'), ...headline(part));
  }
  const look = subsetOf(outcomes, 'look');
  lines.push(
    '',
    'Details on the look half only:',
    '  per type                  P      R      F1   (tp/fp/fn)',
    ...perTypeRows(look).map(
      (row) =>
        `  ${row.type.padEnd(22)} ${row.precision.toFixed(3)}  ${row.recall.toFixed(3)}  ${row.f1.toFixed(3)}  (${row.counts.tp}/${row.counts.fp}/${row.counts.fn})`,
    ),
    '',
    ...confusionMatrix(look),
    '',
    ...rulePrecision(look),
  );
  if (verbose) {
    lines.push('', '  misses (look half only):');
    for (const o of look.filter((x) => x.gold !== x.predicted))
      lines.push(`    ${o.id}: gold ${o.gold}, got ${o.predicted} (${o.ruleId ?? '-'})`);
    lines.push('', '  side misses (look half only; gold codes → coded codes):');
    for (const o of look.filter((x) => x.actorOk === false || x.recipientOk === false)) {
      const actor = o.actorOk === false ? `  actor ${o.actorCodes}` : '';
      const recipient = o.recipientOk === false ? `  recipient ${o.recipientCodes}` : '';
      lines.push(`    ${o.id}:${actor}${recipient}`);
    }
  }
  return lines.join('\n');
}

function confusionMatrix(outcomes: readonly GsrOutcome[]): string[] {
  const columns = [...TYPES, NONE];
  const short = (label: string): string => label.slice(0, 4);
  const header = `  gold\\pred  ${columns.map((c) => short(c).padStart(4)).join(' ')}`;
  const rows = TYPES.filter((type) => outcomes.some((o) => o.gold === type)).map((type) => {
    const cells = columns.map((column) => {
      const count = outcomes.filter((o) => o.gold === type && o.predicted === column).length;
      return (count === 0 ? '.' : String(count)).padStart(4);
    });
    return `  ${type.slice(0, 9).padEnd(9)}  ${cells.join(' ')}`;
  });
  return ['  confusion matrix (rows gold, columns predicted)', header, ...rows];
}

function rulePrecision(outcomes: readonly GsrOutcome[]): string[] {
  const byRule = new Map<string, { hit: number; total: number }>();
  for (const o of outcomes) {
    if (!o.ruleId) continue;
    const entry = byRule.get(o.ruleId) ?? { hit: 0, total: 0 };
    entry.total += 1;
    if (o.gold === o.predicted) entry.hit += 1;
    byRule.set(o.ruleId, entry);
  }
  const rows = [...byRule.entries()].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
  return [
    '  per-rule precision',
    ...rows.map(([rule, { hit, total }]) => `    ${rule.padEnd(30)} ${ratio(hit, total)}`),
  ];
}
