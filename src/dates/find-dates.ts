import type { ParsedResult, ParsingComponents } from 'chrono-node';
import type { DateAnchor, DateGrain, DateMention, Span } from '../records/article.js';
import type { StageContext } from '../pipeline/stage.js';
import { splitIntoChunks, type TextChunk } from './chunks.js';
import { ChunkReading } from './chunk-reading.js';
import { chronoFor, type DateLanguage } from './locales.js';
import { dateChunkFilter } from './date-words.js';
import { formatValue } from './edtf.js';
import { dayOffsetOf, eventDayOf, grainOf, isOneOf, ruleOf } from './common/result-tags.js';
import { resolveAnaphoricDays } from './anaphoric-days.js';
import { resolveEventRelativeDays } from './event-relative-days.js';
import type { CalendarDay } from './common/calendar.js';

/** What the resolver may anchor relative dates on: only the record's own facts. */
export interface DateSources {
  languages: DateLanguage[];
  /** The record's `published` (EDTF); only a full day anchors relative dates. */
  published: string | null;
  /** Where a dateline date may stand (anchors the text when `published` is unknown). */
  datelineSpan: Span | null;
  /**
   * Read yearless dates and bare weekdays as the next occurrence (chrono's `forwardDate`), as
   * assistants and Duckling do; news copy is read towards the past by default.
   */
  forward?: boolean;
}

/** Longest chunk handed to chrono at once: its matching restarts on substrings, so long inputs cost more. */
export const MAX_CHUNK_LENGTH = 2000;

// Without a real anchor, chrono still needs a reference; a second, distant one ("probe") shows
// which parts of each result came from the reference (year only, or the whole date).
const PLACEHOLDER_REFERENCE: CalendarDay = { year: 2001, month: 3, day: 14 };

type Dependence = 'absolute' | 'yearless' | 'relative' | 'time';

interface Candidate extends Span {
  text: string;
  ruleId: string;
  grain: DateGrain;
  dependence: Dependence;
  result: ParsedResult;
}

function parseDay(value: string | null): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** A reference that differs from `reference` in year, month and day (and stays a valid date). */
function probeOf(reference: CalendarDay): CalendarDay {
  return {
    year: reference.year - 9,
    month: ((reference.month + 4) % 12) + 1,
    day: reference.day <= 14 ? reference.day + 11 : reference.day - 11,
  };
}

/** The reference instant: noon of the day, or its first moment when reading forward (so its times are ahead). */
function instantOf(day: CalendarDay, forward: boolean): { instant: Date; timezone: number } {
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, forward ? 0 : 12)), timezone: 0 };
}

function grainFrom(result: ParsedResult): DateGrain {
  const tagged = grainOf(result.tags());
  if (tagged) return tagged;
  const start = result.start as ParsingComponents;
  if (start.isCertain('day') || start.isCertain('weekday') || start.isCertain('hour')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return 'day';
}

function dependenceOf(main: ParsedResult, probe: ParsedResult | undefined, grain: DateGrain): Dependence {
  const start = main.start as ParsingComponents;
  const dateComponents = ['day', 'month', 'year', 'weekday'] as const;
  if (start.isCertain('hour') && !dateComponents.some((component) => start.isCertain(component)))
    return 'time';
  const pairs: Array<[ParsingComponents, ParsingComponents | undefined]> = [
    [start, probe?.start as ParsingComponents | undefined],
  ];
  if (main.end) pairs.push([main.end as ParsingComponents, probe?.end as ParsingComponents | undefined]);
  let worst: Dependence = 'absolute';
  for (const [mine, other] of pairs) {
    if (!other) {
      if (!mine.isCertain('year')) worst = mine.isCertain('month') ? 'yearless' : 'relative';
      if (!mine.isCertain('month') && grain !== 'year') return 'relative';
      continue;
    }
    const same = (component: 'year' | 'month' | 'day') => mine.get(component) === other.get(component);
    const lowerSame =
      grain === 'year' || (same('month') && (grain === 'month' || grain === 'quarter' || same('day')));
    if (!lowerSame) return 'relative';
    if (!same('year')) worst = grain === 'year' ? 'relative' : 'yearless';
  }
  return worst;
}

/**
 * The candidates chrono finds in one chunk against `reference`, each with how it depends on the
 * reference; `reading` is the chunk's reading in that language, shared by every reference it is
 * read against (so the probe's and a second reference's readings reuse the patterns' matches).
 */
function parseChunk(
  chunk: TextChunk,
  reading: () => ChunkReading,
  reference: CalendarDay,
  forward: boolean,
  language: DateLanguage,
): Candidate[] {
  if (!dateChunkFilter(language)(chunk.text)) return [];
  const main = reading().parse(instantOf(reference, forward));
  if (main.length === 0) return [];
  const probes = new Map(
    reading()
      .parse(instantOf(probeOf(reference), forward))
      .map((result) => [`${result.index}:${result.text}`, result]),
  );
  return main.map((result) => {
    const grain = grainFrom(result);
    const start = chunk.start + result.index;
    return {
      start,
      end: start + result.text.length,
      text: result.text,
      ruleId: ruleOf(result.tags()) ?? `${language}.chrono.merged`,
      grain,
      dependence: dependenceOf(result, probes.get(`${result.index}:${result.text}`), grain),
      result,
    };
  });
}

/** A chunk's candidates in a language against one reference, each chunk parsed once however often asked. */
type ChunkParser = (language: DateLanguage, index: number) => Candidate[];

/** Each chunk's reading in each language, made on first use and kept for every reference. */
type ChunkReadings = (language: DateLanguage, index: number) => ChunkReading;

function chunkReadings(chunks: TextChunk[], forward: boolean): ChunkReadings {
  const readings = new Map<string, ChunkReading>();
  return (language, index) => {
    const key = `${language}:${index}`;
    let reading = readings.get(key);
    if (!reading) {
      reading = new ChunkReading(chronoFor(language), chunks[index]!.text, { forwardDate: forward });
      readings.set(key, reading);
    }
    return reading;
  };
}

function parserAgainst(
  chunks: TextChunk[],
  readings: ChunkReadings,
  reference: CalendarDay,
  forward: boolean,
): ChunkParser {
  const parsed = new Map<string, Candidate[]>();
  return (language, index) => {
    const key = `${language}:${index}`;
    let candidates = parsed.get(key);
    if (!candidates) {
      candidates = parseChunk(chunks[index]!, () => readings(language, index), reference, forward, language);
      parsed.set(key, candidates);
    }
    return candidates;
  };
}

function toMention(candidate: Candidate, anchor: DateAnchor): DateMention {
  const { result, grain, dependence } = candidate;
  const anchored = anchor !== 'none';
  const mention = (value: string | null, used: DateAnchor): DateMention => ({
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    value,
    grain,
    anchor: used,
    ruleId: candidate.ruleId,
  });
  const start = result.start as ParsingComponents;
  const end = result.end as ParsingComponents | undefined;
  const oneOf = isOneOf(result.tags());
  if (dependence === 'absolute') return mention(formatValue(start, end, grain, false, oneOf), 'none');
  if (dependence === 'yearless')
    return mention(formatValue(start, end, grain, !anchored, oneOf), anchored ? anchor : 'none');
  return anchored ? mention(formatValue(start, end, grain, false, oneOf), anchor) : mention(null, 'none');
}

/** A clock time alone ("18 h") takes the day of the closest date before it, else the anchor's day. */
function resolveTimes(candidates: Candidate[], mentions: DateMention[], anchor: DateAnchor): void {
  let lastDay: string | null = null;
  candidates.forEach((candidate, position) => {
    const mention = mentions[position];
    if (!mention) return;
    if (candidate.dependence !== 'time') {
      if (mention.value && /^\d{4}-\d{2}-\d{2}$/.test(mention.value)) lastDay = mention.value;
      return;
    }
    if (lastDay) {
      mention.value = lastDay;
      mention.anchor = 'document';
    } else if (anchor === 'none') {
      mention.value = null;
      mention.anchor = 'none';
    }
  });
}

function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && candidate.start < previous.end) continue;
    kept.push(candidate);
  }
  return kept;
}

/**
 * The candidates of the chunks at `indexes` (all by default), overlaps removed. Chunks are disjoint,
 * so the candidates kept in a chunk are the same whichever other chunks are read with it.
 */
function findCandidates(languages: DateLanguage[], parse: ChunkParser, indexes: number[]): Candidate[] {
  return withoutOverlaps(
    languages.flatMap((language) => indexes.map((index) => parse(language, index)).flat()),
  );
}

/**
 * The day of the first full date standing in the dateline, read against the placeholder reference
 * (only the chunks the dateline overlaps can hold it, so only those are parsed).
 */
function datelineDay(
  chunks: TextChunk[],
  languages: DateLanguage[],
  parse: ChunkParser,
  { start, end }: Span,
): CalendarDay | null {
  const indexes = chunks.flatMap((chunk, index) =>
    chunk.start < end && chunk.start + chunk.text.length > start ? [index] : [],
  );
  const datelineDate = findCandidates(languages, parse, indexes).find(
    (c) =>
      c.dependence === 'absolute' && c.grain === 'day' && !c.result.end && c.start >= start && c.end <= end,
  );
  if (!datelineDate) return null;
  const day = datelineDate.result.start;
  return { year: day.get('year') ?? 0, month: day.get('month') ?? 1, day: day.get('day') ?? 1 };
}

/**
 * Every date mention of a text, with EDTF values resolved against the publication date, else a
 * dateline date, else left with unknown digits (`XXXX`) or `null` for relative expressions.
 */
export function findDates(text: string, sources: DateSources, ctx: StageContext): DateMention[] {
  const { chunks, skipped } = splitIntoChunks(text, MAX_CHUNK_LENGTH);
  for (const span of skipped) {
    ctx.report(
      'dates.chunk-skipped',
      `no date search in a ${span.end - span.start}-character stretch without sentence breaks`,
      span,
      'info',
    );
  }
  const forward = sources.forward ?? false;
  const all = chunks.map((_, index) => index);
  const published = parseDay(sources.published);
  let anchor: DateAnchor = published ? 'published' : 'none';
  const readings = chunkReadings(chunks, forward);
  let parse = parserAgainst(chunks, readings, published ?? PLACEHOLDER_REFERENCE, forward);
  if (!published && sources.datelineSpan) {
    // The text is read once against the dateline's day when it has one, not first against the placeholder.
    const day = datelineDay(chunks, sources.languages, parse, sources.datelineSpan);
    if (day) {
      parse = parserAgainst(chunks, readings, day, forward);
      anchor = 'document';
    }
  }
  const found = findCandidates(sources.languages, parse, all);
  const foundMentions = found.map((candidate) => toMention(candidate, anchor));
  const absorbed = resolveEventRelativeDays(
    text,
    found.map((candidate, position) => ({
      mention: foundMentions[position]!,
      eventOffset: eventDayOf(candidate.result.tags()),
    })),
  );
  const candidates = found.filter((_, position) => !absorbed.has(foundMentions[position]!));
  const mentions = foundMentions.filter((mention) => !absorbed.has(mention));
  // Before the clock times: "le lendemain à 10 h" is at the day "le lendemain" resolves to.
  resolveAnaphoricDays(
    text,
    candidates.map((candidate, position) => ({
      mention: mentions[position]!,
      offset: dayOffsetOf(candidate.result.tags()),
      namesDay: candidate.dependence !== 'time',
    })),
    sources.published && published ? sources.published.slice(0, 10) : null,
  );
  resolveTimes(candidates, mentions, anchor);
  return mentions;
}
