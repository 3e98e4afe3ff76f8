import { readFileSync } from 'node:fs';

/** The objects of a JSONL file, one per non-blank line (a malformed line throws, naming file and line). */
export function readJsonLines<T>(path: string): T[] {
  const items: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim().length === 0) return;
      try {
        items.push(JSON.parse(line) as T);
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
      }
    });
  return items;
}
