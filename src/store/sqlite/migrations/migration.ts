/** One schema step; versions are applied in ascending order, each once. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
