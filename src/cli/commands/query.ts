import type { Command } from 'commander';
import type { ArticleHit } from '../../store/article-store.js';
import { csvLine } from '../../export/event-csv.js';
import { articlePage, eventPage } from '../../store/result-pages.js';
import { EVENT_HIT_COLUMNS, eventCsvLine, eventTableLine } from './event-lines.js';
import {
  addFilterOptions,
  filterFromOptions,
  openStoreForReading,
  runStoreCommand,
  type FilterOptions,
} from './store-filters.js';

interface QueryOptions extends FilterOptions {
  format: 'table' | 'jsonl' | 'csv';
  events?: boolean;
  cursor?: string;
  timeline?: boolean;
}

const HIT_COLUMNS = [
  'published',
  'language',
  'events',
  'id',
  'story',
  'duplicateOf',
  'title',
  'uri',
] as const;

const DEFAULT_PAGE = 50;

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** One terminal line per hit: date, language, event count, id, title. */
export function hitTableLine(hit: ArticleHit): string {
  const dup = hit.duplicateOf ? ' (dup)' : '';
  return `${clip(hit.published ?? '—', 10)}  ${clip(hit.language ?? '—', 2)}  ${String(hit.events).padStart(3)}E  ${hit.id}  ${hit.title ?? '—'}${dup}`;
}

function parseCursor(value: string | undefined): number {
  if (value === undefined) return 0;
  const cursor = Number(value);
  if (!Number.isInteger(cursor) || cursor < 0)
    throw Object.assign(new Error(`--cursor must be a whole number such as 50 (got ${value})`), {
      usage: true,
    });
  return cursor;
}

/** `entente query`: full-text search with filters over the store, listing articles or events. */
export function registerQuery(program: Command): void {
  const command = program
    .command('query')
    .description(
      'Search stored articles or events (--events): full text (accent-insensitive) and filters; output as a table, JSONL or CSV.',
    )
    .argument('[words...]', 'full-text query (all words required)');
  addFilterOptions(command, { sort: true, limit: true })
    .option(
      '--events',
      'list events (actor → recipient, type, date, confidence, evidence) instead of articles',
    )
    .option('--cursor <n>', 'skip this many results (the `next` cursor printed after a full page)')
    .option('--format <format>', 'table | jsonl | csv', 'table')
    .option('--timeline', 'with --person: print the matching persons and their role timelines')
    .addHelpText(
      'after',
      `
Flags have the names of the API's query parameters (/api/articles, /api/events): --country VNM,RUS
on the command line is ?country=VNM,RUS in the API.

Examples:
  $ entente query vaccins --country VNM,RUS
  $ entente query --events --country VNM,RUS --confidence 0.7
  $ entente query --events --type CONSULT --mode phone --from 2021-01-01 --to 2021-12-31
  $ entente query --person "Sergey Lavrov" --timeline
  $ entente query --commitment overdue --format csv > overdue.csv
  $ entente query coopération --lang fr --format jsonl --limit 500`,
    )
    .action(async (words: string[], options: QueryOptions) =>
      runStoreCommand(async () => {
        if (!['table', 'jsonl', 'csv'].includes(options.format)) {
          throw Object.assign(new Error('--format must be table, jsonl or csv'), { usage: true });
        }
        const cursor = parseCursor(options.cursor);
        const filter = filterFromOptions(options, words.join(' '));
        const limit = filter.limit ?? DEFAULT_PAGE;
        const store = await openStoreForReading(options.db);
        try {
          const out = (line: string) => process.stdout.write(line);
          /** Write one page of results as the format asks. */
          const write = <T>(
            page: { items: T[]; next: number | null },
            columns: readonly string[],
            csv: (hit: T) => string,
            table: (hit: T) => string,
          ) => {
            if (options.format === 'csv') out(csvLine([...columns]));
            for (const hit of page.items)
              out(
                options.format === 'jsonl'
                  ? `${JSON.stringify(hit)}\n`
                  : options.format === 'csv'
                    ? csv(hit)
                    : `${table(hit)}\n`,
              );
            return { more: page.next !== null, shown: page.items.length };
          };
          const { more, shown } = options.events
            ? write(
                await eventPage(store, filter, cursor, limit),
                EVENT_HIT_COLUMNS,
                eventCsvLine,
                eventTableLine,
              )
            : write(
                await articlePage(store, filter, cursor, limit),
                HIT_COLUMNS,
                (hit) => csvLine(HIT_COLUMNS.map((column) => hit[column])),
                hitTableLine,
              );
          const what = options.events ? 'event(s)' : 'article(s)';
          process.stderr.write(
            `${cursor > 0 ? `${cursor + 1}–${cursor + shown}` : shown} ${what}${more ? `; next page: --cursor ${cursor + shown}` : ''}\n`,
          );
          if (options.timeline && options.person) {
            for (const entity of await store.findEntities(options.person)) {
              out(
                `\n${entity.name} (${entity.country ?? '?'}) — ${entity.articles} article(s), ${entity.firstSeen ?? '?'} → ${entity.lastSeen ?? '?'}; also: ${entity.aliases.join(', ')}\n`,
              );
              for (const spell of await store.roleTimeline(entity.id)) {
                out(
                  `  ${spell.firstSeen ?? '?'} → ${spell.lastSeen ?? '?'}  ${spell.title}${spell.country ? ` (${spell.country})` : ''}  [${spell.articles.length} article(s)]\n`,
                );
              }
            }
          }
          return 0;
        } finally {
          await store.close();
        }
      }),
    );
}
