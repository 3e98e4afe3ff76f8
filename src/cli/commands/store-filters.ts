import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import {
  SEARCH_ORDERS,
  StoreUnavailableError,
  type ArticleFilter,
  type CommitmentStatus,
  type SearchOrder,
} from '../../store/article-store.js';
import { SqliteArticleStore } from '../../store/sqlite/sqlite-store.js';
import { COMMITMENT_STATUSES, type PloverType } from '../../records/article.js';

/** Options shared by query, export and stats. */
export interface FilterOptions {
  db: string;
  countries?: string;
  type?: string;
  quad?: string;
  mode?: string;
  context?: string;
  sector?: string;
  person?: string;
  from?: string;
  to?: string;
  language?: string;
  commitment?: string;
  includeDuplicates?: boolean;
  sort?: string;
  limit?: string;
}

/** Add the store filters to a command. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--db <file>', 'the SQLite database', 'entente.db')
    .option(
      '--countries <codes>',
      'one country (any side) or a pair (either direction), ISO alpha-3: VNM,RUS',
    )
    .option('--type <plover>', 'PLOVER event type: CONSULT, AGREE, AID, PROTEST…')
    .option(
      '--quad <n>',
      'quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict',
    )
    .option('--mode <mode>', 'PLOVER mode: phone, visit, multilateral…')
    .option('--context <context>', 'PLOVER context: diplomatic, health, economic…')
    .option('--sector <sector>', 'cooperation sector: vaccines, trade, energy…')
    .option('--person <name>', 'a person, any known spelling or surname: "Sergey Lavrov", Lavrov')
    .option('--from <day>', 'articles dated on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'articles dated on or before this day (YYYY-MM-DD)')
    .option('--language <code>', 'article language: fr, en')
    .option(
      '--commitment <status>',
      `articles with a commitment in this status: ${COMMITMENT_STATUSES.join('|')}`,
    )
    .option('--include-duplicates', 'also show near-duplicate copies (hidden by default)')
    .option('--sort <order>', `order of a word search: ${SEARCH_ORDERS.join('|')} (default newest)`)
    .option('--limit <n>', 'at most this many results');
}

function usage(message: string): never {
  throw Object.assign(new Error(message), { usage: true });
}

/** Turn parsed options into a store filter (validating values). */
export function filterFromOptions(options: FilterOptions, text?: string): ArticleFilter {
  const filter: ArticleFilter = {};
  if (text?.trim()) filter.text = text;
  if (options.countries) filter.countries = options.countries.split(/[,\s]+/).filter(Boolean);
  if (options.type) filter.eventType = options.type.toUpperCase() as PloverType;
  if (options.quad) {
    const quad = Number(options.quad);
    if (![1, 2, 3, 4].includes(quad)) usage(`--quad must be 1, 2, 3 or 4 (got ${options.quad})`);
    filter.quad = quad;
  }
  if (options.mode) filter.mode = options.mode;
  if (options.context) filter.context = options.context;
  if (options.sector) filter.sector = options.sector;
  if (options.person) filter.person = options.person;
  for (const key of ['from', 'to'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
      usage(`--${key} must be a day such as 2021-05-29 (got ${value})`);
    filter[key] = value;
  }
  if (options.language) filter.language = options.language;
  if (options.commitment) {
    if (!(COMMITMENT_STATUSES as readonly string[]).includes(options.commitment)) {
      usage(`--commitment must be one of ${COMMITMENT_STATUSES.join(', ')}`);
    }
    filter.commitmentStatus = options.commitment as CommitmentStatus;
  }
  if (options.includeDuplicates) filter.includeDuplicates = true;
  if (options.sort) {
    if (!(SEARCH_ORDERS as readonly string[]).includes(options.sort))
      usage(`--sort must be one of ${SEARCH_ORDERS.join(', ')} (got ${options.sort})`);
    filter.order = options.sort as SearchOrder;
  }
  if (options.limit) filter.limit = Number.parseInt(options.limit, 10);
  return filter;
}

/** Open an existing database for reading, with a clear error when it is missing. */
export function openStoreForReading(path: string): SqliteArticleStore {
  if (!existsSync(path)) {
    throw new StoreUnavailableError(
      `no database at ${path}: run \`entente ingest <sources…> --db ${path}\` first`,
      'MISSING',
    );
  }
  return SqliteArticleStore.open(path, { readonly: true });
}

/** Run a store command: usage errors exit 2, store failures exit 1 with their message. */
export async function runStoreCommand(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (error) {
    if ((error as { usage?: boolean }).usage) {
      process.stderr.write(`entente: ${(error as Error).message}\n`);
      process.exitCode = 2;
    } else if (error instanceof StoreUnavailableError) {
      process.stderr.write(`entente: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}
