import { readFileSync } from 'node:fs';
import { evalEventsAgency } from './events-agency.js';
import { evalEventsGsr } from './events-gsr.js';
import { evalNegativeSet } from './events-negative.js';

/** Which gold format a JSONL file holds: PLOVER GSR sentences, agency-news articles or the negative set. */
export function eventsDataKind(dataPath: string): 'gsr' | 'agency' | 'negative' | null {
  const firstLine = readFileSync(dataPath, 'utf8').split('\n', 1)[0] ?? '';
  try {
    const item = JSON.parse(firstLine) as Record<string, unknown>;
    if ('event_type' in item) return 'gsr';
    if ('events' in item) return 'agency';
    if ('sense' in item && 'text' in item) return 'negative';
  } catch {
    return null;
  }
  return null;
}

/**
 * `entente eval events`: the report for a PLOVER GSR or agency-news file followed by the negative set's
 * false events per 100 sentences (or that block alone for a negative-set file), or why the file cannot be read.
 */
export function evalEvents(dataPath: string, verbose: boolean): { report: string; ok: boolean } {
  let kind: ReturnType<typeof eventsDataKind>;
  try {
    kind = eventsDataKind(dataPath);
  } catch (error) {
    return { report: `cannot read ${dataPath}: ${(error as Error).message}`, ok: false };
  }
  if (kind === 'negative') return { report: evalNegativeSet(dataPath, verbose), ok: true };
  const negative = (): string => `\n\n${evalNegativeSet(undefined, verbose)}`;
  if (kind === 'gsr') return { report: evalEventsGsr(dataPath, verbose) + negative(), ok: true };
  if (kind === 'agency') return { report: evalEventsAgency(dataPath, verbose) + negative(), ok: true };
  return {
    report: `${dataPath}: neither PLOVER GSR (event_type), agency-news (events) nor negative-set (sense) records`,
    ok: false,
  };
}
