import { readFileSync } from 'node:fs';
import { findDates } from '../dates/find-dates.js';
import type { DateLanguage } from '../dates/locales.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { DateMention } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { ducklingToEdtf, timemlToEdtf, type DucklingExpected } from './dates-gold.js';

interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface TimebankDocument {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

interface DucklingGroup {
  id: string;
  lang: string;
  reference: string;
  expected: DucklingExpected | null;
  inputs?: string[];
  input?: string;
}

/** Figures of one evaluation run, printed by `entente eval dates`. */
export interface DateScores {
  gold: number;
  detected: number;
  predicted: number;
  truePredictions: number;
  valueCorrect: number;
  misses: string[];
}

const emptyScores = (): DateScores => ({
  gold: 0,
  detected: 0,
  predicted: 0,
  truePredictions: 0,
  valueCorrect: 0,
  misses: [],
});

function findMentions(text: string, language: string, published: string, forward = false): DateMention[] {
  const languages: DateLanguage[] = language === 'en' ? ['en'] : ['fr'];
  const record = recordFromRawText(text, { language, published });
  return findDates(
    record.text,
    { languages, published, datelineSpan: null, forward },
    new DiagnosticCollector(),
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * FR-TimeBank: DATE and TIME expressions with a calendar value are the gold; DURATION, SET and
 * PRESENT_REF-like values are outside Entente's contract, so predictions on them count neither way.
 * Detection is relaxed (overlap); the value is that of the most-overlapping prediction.
 */
export function scoreTimebank(documents: TimebankDocument[]): DateScores {
  const scores = emptyScores();
  for (const document of documents) {
    const mentions = findMentions(document.text, 'fr', document.dct);
    const gradable = document.timexes.filter(
      (timex) => (timex.type === 'DATE' || timex.type === 'TIME') && timemlToEdtf(timex.value) !== null,
    );
    const ignored = document.timexes.filter((timex) => !gradable.includes(timex));
    for (const mention of mentions) {
      if (gradable.some((timex) => overlaps(timex, mention))) {
        scores.predicted += 1;
        scores.truePredictions += 1;
      } else if (!ignored.some((timex) => overlaps(timex, mention))) {
        scores.predicted += 1;
        scores.misses.push(`FP ${document.id} "${mention.text}" → ${mention.value} (${mention.ruleId})`);
      }
    }
    for (const timex of gradable) {
      scores.gold += 1;
      const expected = timemlToEdtf(timex.value);
      const best = mentions
        .filter((mention) => overlaps(timex, mention))
        .sort((a, b) => overlapLength(timex, b) - overlapLength(timex, a))[0];
      if (!best) {
        scores.misses.push(`FN ${document.id} "${timex.text}" (${timex.value})`);
        continue;
      }
      scores.detected += 1;
      if (best.value === expected) scores.valueCorrect += 1;
      else
        scores.misses.push(
          `VALUE ${document.id} "${timex.text}" gold ${expected}, got "${best.text}" → ${best.value}`,
        );
    }
  }
  return scores;
}

function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Duckling: every input string should yield a date; detection counts inputs with any mention,
 * the value is that of the widest mention. Every mention in a negative line (`expected: null`)
 * is a false positive.
 */
export function scoreDuckling(groups: DucklingGroup[], forward: boolean): DateScores {
  const scores = emptyScores();
  for (const group of groups) {
    const published = group.reference.slice(0, 10);
    const inputs = group.inputs ?? (group.input !== undefined ? [group.input] : []);
    for (const input of inputs) {
      const mentions = findMentions(input, group.lang, published, forward);
      if (!group.expected) {
        scores.predicted += mentions.length;
        for (const mention of mentions) scores.misses.push(`FP ${group.id} "${input}" → "${mention.text}"`);
        continue;
      }
      scores.gold += 1;
      if (mentions.length > 0) {
        scores.predicted += 1;
        scores.truePredictions += 1;
      }
      const widest = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      const expected = ducklingToEdtf(group.expected);
      if (!widest) {
        scores.misses.push(`FN ${group.id} "${input}" (${expected})`);
        continue;
      }
      scores.detected += 1;
      if (widest.value === expected) scores.valueCorrect += 1;
      else
        scores.misses.push(
          `VALUE ${group.id} "${input}" gold ${expected}, got "${widest.text}" → ${widest.value}`,
        );
    }
  }
  return scores;
}

const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? 'n/a' : (numerator / denominator).toFixed(3);

/** The printed report of a score. */
export function formatDateScores(name: string, scores: DateScores, showMisses: boolean): string {
  const precision = scores.predicted === 0 ? 0 : scores.truePredictions / scores.predicted;
  const recall = scores.gold === 0 ? 0 : scores.detected / scores.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  if (scores.gold === 0) {
    const negatives = [`dates eval: ${name}`, `  negative examples: ${scores.predicted} false positives`];
    return [...negatives, ...scores.misses.map((miss) => `  ${miss}`)].join('\n');
  }
  const lines = [
    `dates eval: ${name}`,
    `  gold ${scores.gold}, predicted ${scores.predicted}, detected ${scores.detected}`,
    `  detection P ${ratio(scores.truePredictions, scores.predicted)} R ${ratio(scores.detected, scores.gold)} F1 ${f1.toFixed(3)}`,
    `  value accuracy ${ratio(scores.valueCorrect, scores.detected)} of detected, ${ratio(scores.valueCorrect, scores.gold)} of gold`,
  ];
  if (showMisses) lines.push(...scores.misses.map((miss) => `  ${miss}`));
  return lines.join('\n');
}

/**
 * `entente eval dates`: score one FR-TimeBank or Duckling JSONL file; returns the printed report.
 * Duckling is scored twice: with the news reading (towards the past) and with the forward
 * reading its corpus assumes.
 */
export function evalDates(dataPath: string, showMisses = false): string {
  const lines = readFileSync(dataPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const first = lines[0];
  if (!first) return `dates eval: ${dataPath}: no data`;
  if ('timexes' in first) {
    return formatDateScores(dataPath, scoreTimebank(lines as unknown as TimebankDocument[]), showMisses);
  }
  const groups = lines as unknown as DucklingGroup[];
  return [
    formatDateScores(`${dataPath} (news reading: towards the past)`, scoreDuckling(groups, false), false),
    formatDateScores(`${dataPath} (forward reading, as Duckling)`, scoreDuckling(groups, true), showMisses),
  ].join('\n');
}
