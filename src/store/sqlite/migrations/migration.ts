/** One schema step; versions are applied in ascending order, each once. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rows to fill from what is stored, after `sql`: one statement over the articles whose `seq` is
   * between `@first` and `@last`, run batch after batch, each in its own transaction, so a large
   * store migrates with progress shown and a killed run resumes where it stopped.
   */
  backfill?: string;
}

/** How far a migration's backfill has gone, in stored articles. */
export interface MigrationProgress {
  version: number;
  name: string;
  done: number;
  total: number;
}
