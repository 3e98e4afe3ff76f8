/** The `--db` option every store command takes: a SQLite file, or a PostgreSQL URL at scale. */
export const DB_OPTION = {
  flags: '--db <file|url>',
  description:
    'the database: a SQLite file (created when missing), or postgres://user@host/name for PostgreSQL',
  default: 'entente.db',
} as const;
