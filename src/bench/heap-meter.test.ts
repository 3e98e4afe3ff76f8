import { describe, expect, it, vi } from 'vitest';
import type { Analyzer } from '../ingest/analysis-pool.js';
import { HeapMeter } from './heap-meter.js';

describe('HeapMeter', () => {
  it("keeps each worker's peak heap and logs the heaps with the RSS", async () => {
    const answers = [
      [{ usedMb: 80, committedMb: 100, limitMb: 152 }],
      [{ usedMb: 70, committedMb: 120, limitMb: 152 }],
    ];
    let asked = 0;
    const analyzer = {
      heapUse: async () => answers[Math.min(asked++, answers.length - 1)]!,
    } as unknown as Analyzer;
    const lines: string[] = [];
    const meter = new HeapMeter((line) => lines.push(line), 5, 0);
    meter.watch(analyzer);
    await vi.waitFor(() => expect(asked).toBeGreaterThanOrEqual(2));
    const peaks = meter.stop();
    expect(peaks.workers).toEqual([{ usedMb: 80, committedMb: 120, limitMb: 152 }]);
    expect(peaks.writer.usedMb).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      /^heap MB used\/committed: writer \d+\/\d+, analysis 80\/100 of 152; RSS \d+ MB$/,
    );
  });
});
