import { describe, expect, it, vi } from 'vitest';
import type { Analyzer } from '../ingest/analysis-pool.js';
import { formatHeapPeaks, HeapMeter } from './heap-meter.js';

describe('HeapMeter', () => {
  it("keeps each worker's peak heap and logs the heaps with the RSS", async () => {
    const answers = [
      [{ usedMb: 80, committedMb: 100, limitMb: 152, externalMb: 60 }],
      [{ usedMb: 70, committedMb: 120, limitMb: 152, externalMb: 61 }],
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
    // Where /proc is (Linux), the highest RSS sampled, split by the heaps that hold part of it.
    if (peaks.highestRss) {
      expect(peaks.highestRss.rssMb).toBeGreaterThan(peaks.highestRss.filesMb);
      expect(peaks.highestRss.heaps).toHaveLength(2);
      expect(peaks.highestRss.heaps[1]?.externalMb).toBeGreaterThanOrEqual(60);
    }
    expect(lines[0]).toMatch(
      /^heap MB used\/committed: writer \d+\/\d+, analysis 80\/100 of 152; RSS \d+ MB$/,
    );
  });

  it("keeps the extraction thread's peak and puts its heap between the writer's and the workers' in the split", async () => {
    let asked = 0;
    const analyzer = {
      heapUse: async () => [{ usedMb: 80, committedMb: 100, limitMb: 184, externalMb: 40 }],
      extractorHeapUse: async () => {
        asked++;
        return { usedMb: 12, committedMb: 20, limitMb: 108, externalMb: 3 };
      },
    } as unknown as Analyzer;
    const meter = new HeapMeter(null, 5, 0);
    meter.watch(analyzer);
    await vi.waitFor(() => expect(asked).toBeGreaterThanOrEqual(2));
    const peaks = meter.stop();
    expect(peaks.extractor).toEqual({ usedMb: 12, committedMb: 20, limitMb: 108 });
    if (peaks.highestRss) {
      expect(peaks.highestRss.heaps.slice(1)).toEqual([
        { committedMb: 20, externalMb: 3 },
        { committedMb: 100, externalMb: 40 },
      ]);
      expect(formatHeapPeaks(peaks)).toMatch(/extraction 12\/20 of 108; worker 1 80\/100 of 184/);
      expect(formatHeapPeaks(peaks)).toMatch(/\(writer, extraction, then workers; committed\)/);
    }
  });

  it("splits the RSS only from samples that have every worker's heap", async () => {
    let asked = 0;
    const analyzer = {
      heapUse: async () => {
        asked++;
        return [];
      },
    } as unknown as Analyzer;
    const meter = new HeapMeter(null, 5, 0);
    meter.watch(analyzer);
    await vi.waitFor(() => expect(asked).toBeGreaterThanOrEqual(2));
    expect(meter.stop().highestRss).toBeUndefined();
  });
});
