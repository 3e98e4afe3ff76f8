/** Counters of one ingest run. */
export interface IngestCounts {
  pages: number;
  stored: number;
  skipped: number;
  unchanged: number;
  articles: number;
  events: number;
  duplicates: number;
  errors: Record<string, number>;
}

export function emptyCounts(): IngestCounts {
  return { pages: 0, stored: 0, skipped: 0, unchanged: 0, articles: 0, events: 0, duplicates: 0, errors: {} };
}

export function errorTotal(counts: IngestCounts): number {
  return Object.values(counts.errors).reduce((sum, n) => sum + n, 0);
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

/** One progress line: done/total, pages/s, ETA, articles, duplicates, errors. */
export function progressLine(counts: IngestCounts, expected: number, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? counts.pages / elapsedSeconds : 0;
  const remaining = expected > counts.pages && rate > 0 ? (expected - counts.pages) / rate : Number.NaN;
  const total = expected > 0 ? `/${expected}` : '';
  const percent = expected > 0 ? ` ${Math.min(100, Math.floor((100 * counts.pages) / expected))}%` : '';
  return `${counts.pages}${total} pages${percent}  ${rate.toFixed(1)} pages/s  ETA ${expected > 0 ? formatDuration(remaining) : '?'}  ${counts.articles} articles  ${counts.duplicates} dup  ${errorTotal(counts)} errors`;
}

/** Reports progress: a redrawn line on a terminal, a log line every `logEveryMs` otherwise. */
export class ProgressReporter {
  private expected = 0;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly out: NodeJS.WriteStream | { write(text: string): boolean; isTTY?: boolean },
    private readonly logEveryMs = 10_000,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  expect(count: number): void {
    this.expected += count;
  }

  elapsedSeconds(): number {
    return (this.clock() - this.started) / 1000;
  }

  update(counts: IngestCounts): void {
    const now = this.clock();
    const tty = this.out.isTTY === true;
    if (now - this.lastDraw < (tty ? 200 : this.logEveryMs)) return;
    this.lastDraw = now;
    const line = progressLine(counts, this.expected, this.elapsedSeconds());
    this.out.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
  }

  /** Clear the terminal line before the summary. */
  finish(): void {
    if (this.out.isTTY === true) this.out.write('\r\x1b[2K');
  }
}
