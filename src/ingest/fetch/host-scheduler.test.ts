import { describe, expect, it } from 'vitest';
import { HostScheduler } from './host-scheduler.js';

describe('HostScheduler', () => {
  it('spaces request starts on one host and caps concurrency', async () => {
    const scheduler = new HostScheduler(1, 30);
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      [0, 1, 2].map(async () => {
        await scheduler.acquire('a.test');
        starts.push(Date.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 5));
        scheduler.release('a.test');
      }),
    );
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(25);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(25);
  });

  it('does not hold back other hosts', async () => {
    const scheduler = new HostScheduler(1, 1000);
    await scheduler.acquire('a.test');
    const t0 = Date.now();
    await scheduler.acquire('b.test');
    expect(Date.now() - t0).toBeLessThan(100);
  });
});
