import { DiagnosticCollector } from '../../pipeline/stage.js';
import { findDates } from '../find-dates.js';
import type { DateLanguage } from '../locales.js';

/** Options of a test parse: language, the publication date used as the fixed reference, direction. */
export interface TestParseOptions {
  language?: DateLanguage;
  published?: string | null;
  forward?: boolean;
}

/** Date mentions of a text as compact `text → value (grain, anchor, ruleId)` strings for assertions. */
export function datesOf(text: string, options: TestParseOptions = {}): string[] {
  const mentions = findDates(
    text,
    {
      languages: [options.language ?? 'fr'],
      published: options.published ?? null,
      datelineSpan: null,
      forward: options.forward ?? false,
    },
    new DiagnosticCollector(),
  );
  return mentions.map((m) => `${m.text} → ${m.value} (${m.grain}, ${m.anchor}, ${m.ruleId})`);
}

/** Only the `text → value` part, for tests that do not care about grain and rule. */
export function valuesOf(text: string, options: TestParseOptions = {}): string[] {
  return datesOf(text, options).map((line) => line.replace(/ \(.*\)$/, ''));
}
