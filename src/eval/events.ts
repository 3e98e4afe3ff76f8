import { readFileSync } from 'node:fs';
import { evalEventsAgency } from './events-agency.js';
import { evalEventsGsr } from './events-gsr.js';

/** Which gold format a JSONL file holds: PLOVER GSR sentences or agency-news articles. */
export function eventsDataKind(dataPath: string): 'gsr' | 'agency' | null {
  const firstLine = readFileSync(dataPath, 'utf8').split('\n', 1)[0] ?? '';
  try {
    const item = JSON.parse(firstLine) as Record<string, unknown>;
    if ('event_type' in item) return 'gsr';
    if ('events' in item) return 'agency';
  } catch {
    return null;
  }
  return null;
}

/** `entente eval events`: the report for a PLOVER GSR or agency-news file, or why it cannot be read. */
export function evalEvents(dataPath: string, verbose: boolean): { report: string; ok: boolean } {
  let kind: ReturnType<typeof eventsDataKind>;
  try {
    kind = eventsDataKind(dataPath);
  } catch (error) {
    return { report: `cannot read ${dataPath}: ${(error as Error).message}`, ok: false };
  }
  if (kind === 'gsr') return { report: evalEventsGsr(dataPath, verbose), ok: true };
  if (kind === 'agency') return { report: evalEventsAgency(dataPath, verbose), ok: true };
  return {
    report: `${dataPath}: neither PLOVER GSR (event_type) nor agency-news (events) records`,
    ok: false,
  };
}
