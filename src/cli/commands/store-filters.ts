import { Option, type Command } from 'commander';
import {
  SEARCH_ORDERS,
  StoreUnavailableError,
  type ArticleFilter,
  type ArticleStore,
} from '../../store/article-store.js';
import { filterFromQuery, filterQueryProblems, type FilterQuery } from '../../store/filter-query.js';
import { openStore } from '../../store/open-store.js';
import { COMMITMENT_STATUSES, PLOVER_TYPES } from '../../records/article.js';
import { DB_OPTION } from './db-option.js';

/** Options shared by query, export and stats: the API's parameter names as flags. */
export interface FilterOptions {
  db: string;
  country?: string;
  type?: string;
  quad?: string;
  mode?: string;
  context?: string;
  sector?: string;
  person?: string;
  from?: string;
  to?: string;
  lang?: string;
  commitment?: string;
  confidence?: string;
  teasers?: boolean;
  partial?: boolean;
  source?: string;
  duplicates?: boolean;
  sort?: string;
  limit?: string;
  /** Earlier spellings of `country`, `lang` and `duplicates`, still accepted. */
  countries?: string;
  language?: string;
  includeDuplicates?: boolean;
}

/**
 * Add the store filters to a command (flag names = API query parameter names); `--sort` only
 * where there are words to rank, `--limit` only where results are listed.
 */
export function addFilterOptions(command: Command, use: { sort: boolean; limit: boolean }): Command {
  command
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
    .option('--country <codes>', 'one country (any side) or a pair (either direction), ISO alpha-3: VNM,RUS')
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
    .option('--lang <code>', 'article language: fr, en')
    .option(
      '--commitment <status>',
      `articles with a commitment in this status: ${COMMITMENT_STATUSES.join('|')}`,
    )
    .option('--confidence <min>', 'events at least this confident, 0–1: 0.7')
    .option('--source <words>', 'words of the source address (publisher host or path): vietnamplus')
    .option('--teasers', 'include teasers (default: main articles only)')
    .option('--partial', 'include events whose actor or recipient is unknown (default: both sides known)')
    .option('--duplicates', 'also show near-duplicate copies (hidden by default)')
    .addOption(new Option('--countries <codes>').hideHelp())
    .addOption(new Option('--language <code>').hideHelp())
    .addOption(new Option('--include-duplicates').hideHelp());
  if (use.sort)
    command.option('--sort <order>', `order of a word search: ${SEARCH_ORDERS.join('|')} (default newest)`);
  if (use.limit) command.option('--limit <n>', 'at most this many results');
  return command;
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
  const country = options.country ?? options.countries;
  if (country) {
    query.country = country
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
    if (value !== undefined) query[key] = value;
  }
  const lang = options.lang ?? options.language;
  if (lang) query.lang = lang;
  if (options.commitment) query.commitment = oneOf('commitment', options.commitment, COMMITMENT_STATUSES);
  if (options.confidence !== undefined) {
    const confidence = Number(options.confidence);
    if (!(confidence >= 0 && confidence <= 1))
      usage(`--confidence must be a number from 0 to 1, such as 0.7 (got ${options.confidence})`);
    query.confidence = confidence;
  }
  if (options.source) query.source = options.source;
  if (options.teasers) query.teasers = true;
  if (options.partial) query.partial = true;
  if (options.duplicates || options.includeDuplicates) query.duplicates = true;
  if (options.sort) query.sort = oneOf('sort', options.sort, SEARCH_ORDERS);
  const problems = filterQueryProblems(query);
  if (problems.length > 0) usage(problems.map((problem) => `--${problem}`).join('; '));
  const filter = filterFromQuery(query);
  if (options.limit) {
    const limit = Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1)
      usage(`--limit must be a whole number of at least 1 (got ${options.limit})`);
    filter.limit = limit;
  }
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
