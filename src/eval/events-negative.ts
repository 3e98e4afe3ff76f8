import { fileURLToPath } from 'node:url';
import { analyzeRecord } from '../pipeline/analyze.js';
import type { EventRecord } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { readJsonLines } from './jsonl-file.js';

/** One sentence of the negative set (data/negative-set/README.md): no event between political actors. */
export interface NegativeSentence {
  id: string;
  lang: string;
  sense: string;
  text: string;
}

/** The project's negative set, shipped with the repository. */
export const NEGATIVE_SET = new URL('../../data/negative-set/sentences.jsonl', import.meta.url);

/** The events Entente would count on a sentence that has none: not negated, not hypothetical. */
export function falseEvents(sentence: NegativeSentence): EventRecord[] {
  const record = analyzeRecord(
    recordFromRawText(sentence.text, { id: sentence.id, language: sentence.lang }),
  );
  return record.events.filter((event) => !event.negated && !event.hypothetical);
}

const per100 = (events: number, sentences: number): string =>
  `${sentences === 0 ? '0.0' : ((100 * events) / sentences).toFixed(1)} (${events} in ${sentences} sentences)`;

/** `entente eval events` block for the negative set: false events per 100 sentences, overall and per language. */
export function evalNegativeSet(path: string | URL = NEGATIVE_SET, verbose = false): string {
  const sentences = readJsonLines<NegativeSentence>(typeof path === 'string' ? path : fileURLToPath(path));
  const found = sentences.map((sentence) => ({ sentence, events: falseEvents(sentence) }));
  const count = (rows: typeof found): number => rows.reduce((sum, row) => sum + row.events.length, 0);
  const languages = [...new Set(sentences.map((s) => s.lang))].sort();
  const lines = [
    `Negative set: ${sentences.length} sentences without an event between political actors`,
    `  false events per 100 sentences  ${per100(count(found), found.length)}`,
    ...languages.map((lang) => {
      const rows = found.filter((row) => row.sentence.lang === lang);
      return `    ${lang.padEnd(30)}${per100(count(rows), rows.length)}`;
    }),
  ];
  if (verbose) {
    lines.push('  false events:');
    for (const { sentence, events } of found) {
      for (const event of events) {
        const cue = sentence.text.slice(event.cue.start, event.cue.end);
        lines.push(`    ${sentence.id} [${sentence.sense}] ${event.event} "${cue}" (${event.ruleId})`);
      }
    }
  }
  return lines.join('\n');
}
