import type { Command } from 'commander';
import type { ArticleHit } from '../../store/article-store.js';
import { csvLine } from '../../export/event-csv.js';
import {
  addFilterOptions,
  filterFromOptions,
  openStoreForReading,
  runStoreCommand,
  type FilterOptions,
} from './store-filters.js';

interface QueryOptions extends FilterOptions {
  format: 'table' | 'jsonl' | 'csv';
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

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** One terminal line per hit: date, language, event count, id, title. */
export function hitTableLine(hit: ArticleHit): string {
  const dup = hit.duplicateOf ? ' (dup)' : '';
  return `${clip(hit.published ?? '—', 10)}  ${clip(hit.language ?? '—', 2)}  ${String(hit.events).padStart(3)}E  ${hit.id}  ${hit.title ?? '—'}${dup}`;
}

/** `entente query`: full-text search with filters over the store. */
export function registerQuery(program: Command): void {
  const command = program
    .command('query')
    .description(
      'Search stored articles: full text (accent-insensitive) and filters; output as a table, JSONL or CSV.',
    )
    .argument('[words...]', 'full-text query (all words required)');
  addFilterOptions(command)
    .option('--format <format>', 'table | jsonl | csv', 'table')
    .option('--timeline', 'with --person: print the matching persons and their role timelines')
    .addHelpText(
      'after',
      `
Examples:
  $ entente query vaccins --countries VNM,RUS
  $ entente query --type CONSULT --mode phone --from 2021-01-01 --to 2021-12-31
  $ entente query --person "Sergey Lavrov" --timeline
  $ entente query --commitment overdue --format csv > overdue.csv
  $ entente query coopération --language fr --format jsonl --limit 500`,
    )
    .action(async (words: string[], options: QueryOptions) =>
      runStoreCommand(async () => {
        if (!['table', 'jsonl', 'csv'].includes(options.format)) {
          throw Object.assign(new Error('--format must be table, jsonl or csv'), { usage: true });
        }
        const store = await openStoreForReading(options.db);
        try {
          const hits = await store.searchArticles(filterFromOptions(options, words.join(' ')));
          if (options.format === 'jsonl')
            for (const hit of hits) process.stdout.write(`${JSON.stringify(hit)}\n`);
          else if (options.format === 'csv') {
            process.stdout.write(csvLine([...HIT_COLUMNS]));
            for (const hit of hits) process.stdout.write(csvLine(HIT_COLUMNS.map((column) => hit[column])));
          } else {
            for (const hit of hits) process.stdout.write(`${hitTableLine(hit)}\n`);
            process.stderr.write(`${hits.length} article(s)\n`);
          }
          if (options.timeline && options.person) {
            for (const entity of await store.findEntities(options.person)) {
              process.stdout.write(
                `\n${entity.name} (${entity.country ?? '?'}) — ${entity.articles} article(s), ${entity.firstSeen ?? '?'} → ${entity.lastSeen ?? '?'}; also: ${entity.aliases.join(', ')}\n`,
              );
              for (const spell of await store.roleTimeline(entity.id)) {
                process.stdout.write(
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
