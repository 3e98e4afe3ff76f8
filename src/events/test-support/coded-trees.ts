import { readFileSync } from 'node:fs';
import { DiagnosticCollector } from '../../pipeline/stage.js';
import type { ArticleRecord, EventRecord } from '../../records/article.js';
import { parseConllu } from '../../syntax/conllu.js';
import type { SyntaxLanguage } from '../../syntax/types.js';
import { syntaxFromConllu } from '../../test-support/syntax-from-conllu.js';
import { eventLanguagePack } from '../event-lexicon.js';
import { extractEvents } from '../extract-events.js';
import { fixtureRecord, type FixtureDate, type FixtureEntity } from '../fixture-record.js';

/** Hand-written UD trees (fixtures/trees-<lang>.conllu), one block per sentence, by sent_id. */
function treesOf(language: SyntaxLanguage): Map<string, string> {
  const source = readFileSync(new URL(`../fixtures/trees-${language}.conllu`, import.meta.url), 'utf8');
  const blocks = new Map<string, string>();
  for (const block of source.split(/\n\s*\n/u)) {
    const [parsed] = parseConllu(block);
    if (parsed) blocks.set(parsed.sentId, block);
  }
  return blocks;
}

const TREES = { fr: treesOf('fr'), en: treesOf('en') };

/** The events of the sentences `ids` (joined by a space), parsed by their fixture trees. */
export function coded(
  language: SyntaxLanguage,
  ids: string[],
  entities: FixtureEntity[] = [],
  dates: FixtureDate[] = [],
): { record: ArticleRecord; events: EventRecord[] } {
  const blocks = ids.map((id) => {
    const block = TREES[language].get(id);
    if (!block) throw new Error(`no tree ${id}`);
    return block;
  });
  const text = blocks.map((block) => parseConllu(block)[0]!.text).join(' ');
  const record = fixtureRecord(text, language, entities, dates);
  const syntax = syntaxFromConllu(text, blocks.join('\n\n'), language);
  const events = extractEvents(record, eventLanguagePack(language)!, new DiagnosticCollector(), syntax);
  return { record, events };
}

export const country = (name: string, code: string, ...surfaces: string[]): FixtureEntity => ({
  type: 'country',
  name,
  country: code,
  surfaces: [name, ...surfaces],
});
export const person = (name: string, code: string): FixtureEntity => ({
  type: 'person',
  name,
  country: code,
});
export const side = (actors: EventRecord['actor']): string => actors.map((a) => a.code).join(',');
export const summary = (e: EventRecord): string => `${e.event} ${side(e.actor)}>${side(e.recipient)}`;
export const cueText = (record: ArticleRecord, event: EventRecord): string =>
  record.text.slice(event.cue.start, event.cue.end);
