import { readFileSync } from 'node:fs';
import { entitiesStage } from '../entities/entities-stage.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { ArticleRecord, Entity, RuleSpan } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { REPORT_SUBSETS, devHalf, subsetHeading } from './dev-split.js';
import { addCounts, formatCounts, matchOneToOne, type Counts } from './ner-metrics.js';

/** A typed span, gold or predicted. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

const NER_TYPES = ['PER', 'LOC', 'ORG'] as const;
const TYPE_OF = { person: 'PER', country: 'LOC', place: 'LOC', organization: 'ORG' } as const;
/** Mentions that are not names: demonyms ("russe") and title anaphors ("le ministre"). */
const NOT_NAMES = /\.(country\.demonym|person\.title-anaphor)$/;

/** HIPE puts a title written right before a name inside the PER mention ("président Wilson"). */
function withTitle(record: ArticleRecord, entity: Entity, mention: RuleSpan): number {
  if (entity.type !== 'person') return mention.start;
  for (const role of entity.roles) {
    if (role.end <= mention.start && /^\s+$/.test(record.text.slice(role.end, mention.start)))
      return role.start;
  }
  return mention.start;
}

/** The named mentions of a record as NER spans, outermost only (a country inside an organisation name is dropped). */
export function predictedSpans(record: ArticleRecord): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const entity of record.entities) {
    for (const mention of entity.mentions) {
      if (NOT_NAMES.test(mention.ruleId)) continue;
      spans.push({ start: withTitle(record, entity, mention), end: mention.end, type: TYPE_OF[entity.type] });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: TypedSpan[] = [];
  for (const span of spans) {
    const last = outermost[outermost.length - 1];
    if (last && span.start < last.end) continue;
    outermost.push(span);
  }
  return outermost;
}

interface NewseyeDocument {
  id: string;
  date: string | null;
  text: string;
  entities: TypedSpan[];
}

/** Strict (same span and type) and fuzzy (overlapping, same type) counts per NER type. */
export function scoreDocument(
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[],
): Map<string, { strict: Counts; fuzzy: Counts }> {
  const scores = new Map<string, { strict: Counts; fuzzy: Counts }>();
  for (const type of NER_TYPES) {
    const goldOfType = gold.filter((span) => span.type === type);
    const predictedOfType = predicted.filter((span) => span.type === type);
    scores.set(type, {
      strict: matchOneToOne(goldOfType, predictedOfType, (g, p) => g.start === p.start && g.end === p.end),
      fuzzy: matchOneToOne(goldOfType, predictedOfType, (g, p) => g.start < p.end && p.start < g.end),
    });
  }
  return scores;
}

type BoundaryCounts = { strict: Counts; fuzzy: Counts };

const emptyBoundaryCounts = (): BoundaryCounts => ({
  strict: { tp: 0, fp: 0, fn: 0 },
  fuzzy: { tp: 0, fp: 0, fn: 0 },
});

interface NerTotals {
  documents: number;
  perType: Map<string, BoundaryCounts>;
  all: BoundaryCounts;
}

function addScores(total: NerTotals, scores: Map<string, BoundaryCounts>): void {
  total.documents += 1;
  for (const [type, score] of scores) {
    const sum = total.perType.get(type) ?? emptyBoundaryCounts();
    addCounts(sum.strict, score.strict);
    addCounts(sum.fuzzy, score.fuzzy);
    addCounts(total.all.strict, score.strict);
    addCounts(total.all.fuzzy, score.fuzzy);
    total.perType.set(type, sum);
  }
}

/** `entente eval ner`: score entity mentions against a newseye-style JSONL file, all documents and each fixed half. */
export function evalNer(dataPath: string): string {
  const documents = readFileSync(dataPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as NewseyeDocument);
  const totals = new Map(
    REPORT_SUBSETS.map((subset) => [
      subset,
      { documents: 0, perType: new Map(), all: emptyBoundaryCounts() } as NerTotals,
    ]),
  );
  for (const document of documents) {
    const record = entitiesStage.run(
      recordFromRawText(document.text, { id: document.id, language: 'fr', published: document.date }),
      new DiagnosticCollector(),
    );
    const scores = scoreDocument(document.entities, predictedSpans(record));
    addScores(totals.get('all')!, scores);
    addScores(totals.get(devHalf(document.id))!, scores);
  }
  const lines = [
    `NER on ${documents.length} documents (${dataPath}); HumanProd is not predicted and not scored`,
  ];
  for (const [subset, total] of totals) {
    lines.push(subsetHeading(subset, total.documents, 'documents'));
    for (const boundary of ['strict', 'fuzzy'] as const) {
      lines.push(`${boundary}:`);
      for (const type of NER_TYPES) {
        const sum = total.perType.get(type);
        if (sum) lines.push(`  ${formatCounts(type, sum[boundary])}`);
      }
      lines.push(`  ${formatCounts('micro (PER+LOC+ORG)', total.all[boundary])}`);
    }
  }
  return lines.join('\n');
}
