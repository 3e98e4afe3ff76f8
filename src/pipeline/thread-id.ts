import { readFileSync } from 'node:fs';

/** The calling thread's id in `/proc` (Linux), so that CPU figures can tell threads apart; null elsewhere. */
export function currentThreadId(): string | null {
  try {
    return readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0] ?? null;
  } catch {
    return null;
  }
}
