import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ProcessMeter, readProcessUse, threadCpuSeconds } from './process-meter.js';

describe.runIf(process.platform === 'linux')('process meter (/proc)', () => {
  it('reads a process’s peak RSS and CPU time, and keeps them past its exit', async () => {
    const own = readProcessUse(process.pid)!;
    expect(own.peakRssMb).toBeGreaterThan(10);
    expect(own.cpuSeconds).toBeGreaterThan(0);

    // A child that holds ~64 MB for a moment, then exits.
    const child = spawn(process.execPath, [
      '-e',
      'const b = Buffer.alloc(64 * 1024 * 1024, 1); let x = 0; for (let i = 0; i < 3e7; i++) x += b[i % b.length]; setTimeout(() => process.exit(x > 0 ? 0 : 1), 300);',
    ]);
    const meter = new ProcessMeter([child.pid!], 20);
    await new Promise((resolve) => child.once('exit', resolve));
    const [use] = meter.stop();
    expect(use!.peakRssMb).toBeGreaterThan(64);
    expect(use!.cpuSeconds).toBeGreaterThan(0);
    expect(readProcessUse(child.pid!)).toBeNull();
  });

  it('reads the CPU time of the calling thread alone', () => {
    const before = threadCpuSeconds()!;
    let x = 0;
    const until = performance.now() + 150;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(threadCpuSeconds()!).toBeGreaterThanOrEqual(before);
    expect(threadCpuSeconds()!).toBeLessThanOrEqual(readProcessUse(process.pid)!.cpuSeconds);
  });
});
