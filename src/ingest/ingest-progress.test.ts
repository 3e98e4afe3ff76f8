import { describe, expect, it } from 'vitest';
import { emptyCounts, progressLine, ProgressReporter } from './ingest-progress.js';

describe('ingest progress', () => {
  it('shows rate and ETA', () => {
    const counts = { ...emptyCounts(), pages: 50, articles: 60, errors: { FETCH: 2 } };
    expect(progressLine(counts, 150, 10)).toBe(
      '50/150 pages 33%  5.0 pages/s  ETA 20s  60 articles  0 dup  2 errors',
    );
    expect(progressLine(counts, 0, 10)).toContain('ETA ?');
  });

  it('redraws one line on a terminal and logs periodic lines otherwise', () => {
    let time = 0;
    const written: string[] = [];
    const log = new ProgressReporter(
      { write: (text: string) => written.push(text) > 0, isTTY: false },
      1000,
      () => time,
    );
    log.expect(10);
    for (time = 0; time <= 3000; time += 250) log.update({ ...emptyCounts(), pages: time / 1000 });
    expect(written.length).toBe(3);
    expect(written.every((line) => line.endsWith('\n'))).toBe(true);
    const tty: string[] = [];
    const bar = new ProgressReporter(
      { write: (text: string) => tty.push(text) > 0, isTTY: true },
      1000,
      () => time,
    );
    time = 5000;
    bar.update(emptyCounts());
    expect(tty[0]?.startsWith('\r')).toBe(true);
  });
});
