import type { Command } from 'commander';
import {
  SEARCH_ORDERS,
  StoreUnavailableError,
  type ArticleFilter,
  type ArticleStore,
} from '../../store/article-store.js';
import { filterFromQuery, type FilterQuery } from '../../store/filter-query.js';
import { openStore } from '../../store/open-store.js';
import { COMMITMENT_STATUSES, PLOVER_TYPES } from '../../records/article.js';
import { DB_OPTION } from './db-option.js';

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
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
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

/** One of `allowed`, or a usage error naming the option. */
function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    usage(`--${option} must be one of ${allowed.join(', ')} (got ${value})`);
  return value as T;
}

/**
 * Validate the options into the API's parameter vocabulary (`FilterQuery`), then convert that
 * with the API's own `filterFromQuery`: one mapping to the store filter for both.
 */
export function filterFromOptions(options: FilterOptions, text?: string): ArticleFilter {
  const query: FilterQuery = {};
  if (text?.trim()) query.q = text;
  if (options.countries) {
    query.country = options.countries
      .split(/[,\s]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase())
      .join(',');
  }
  if (options.type) query.type = oneOf('type', options.type.toUpperCase(), PLOVER_TYPES);
  if (options.quad) query.quad = Number(oneOf('quad', options.quad, ['1', '2', '3', '4']));
  if (options.mode) query.mode = options.mode;
  if (options.context) query.context = options.context;
  if (options.sector) query.sector = options.sector;
  if (options.person) query.person = options.person;
  for (const key of ['from', 'to'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
      usage(`--${key} must be a day such as 2021-05-29 (got ${value})`);
    query[key] = value;
  }
  if (options.language) query.lang = options.language;
  if (options.commitment) query.commitment = oneOf('commitment', options.commitment, COMMITMENT_STATUSES);
  if (options.includeDuplicates) query.duplicates = true;
  if (options.sort) query.sort = oneOf('sort', options.sort, SEARCH_ORDERS);
  const filter = filterFromQuery(query);
  if (options.limit) filter.limit = Number.parseInt(options.limit, 10);
  return filter;
}

/** Open an existing database (SQLite file or `postgres://` URL) for reading, with a clear error when it is missing. */
export function openStoreForReading(db: string): Promise<ArticleStore> {
  return openStore(db, { readonly: true });
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
