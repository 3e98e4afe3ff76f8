import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { threadCpuSeconds } from './process-meter.js';
import { ThreadMeter } from './thread-meter.js';

/** Keep this thread on a core until it has used `seconds` of CPU (however loaded the machine). */
function spin(seconds: number): number {
  let x = 0;
  const until = threadCpuSeconds()! + seconds;
  while (threadCpuSeconds()! < until) for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + 1);
  return x;
}

describe.runIf(process.platform === 'linux')('thread meter (/proc/self/task)', () => {
  it('tells this thread’s CPU from that of a worker started since, including a worker that has ended', async () => {
    const meter = ThreadMeter.begin(20)!;
    expect(spin(0.15)).toBeGreaterThan(0);
    const worker = new Worker(
      `const { readFileSync } = require('node:fs');
       const cpu = () => { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
       let x = 0; const until = cpu() + 0.3; while (cpu() < until) for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + 1);`,
      { eval: true },
    );
    await new Promise((resolve) => worker.once('exit', resolve));
    const { self, started, helpers } = meter.stop();
    expect(self.threads).toBe(1);
    expect(self.cpuSeconds).toBeGreaterThan(0.1);
    expect(started.threads).toBeGreaterThanOrEqual(1);
    expect(started.cpuSeconds).toBeGreaterThan(0.15);
    expect(helpers.cpuSeconds).toBeGreaterThanOrEqual(0);
    for (const use of [self, started, helpers]) expect(use.waitSeconds).toBeGreaterThanOrEqual(0);
  });

  it('counts the threads it is told apart from the other workers (the ingest’s extraction thread)', async () => {
    const meter = ThreadMeter.begin(20)!;
    const worker = new Worker(
      `const { readFileSync } = require('node:fs');
       const { parentPort } = require('node:worker_threads');
       const cpu = () => { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
       let x = 0; const until = cpu() + 0.2; while (cpu() < until) for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + 1);
       parentPort.postMessage(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0]);`,
      { eval: true },
    );
    const told = new Promise<string>((resolve) => worker.once('message', resolve));
    await new Promise((resolve) => worker.once('exit', resolve));
    const tid = await told;
    const { started, named } = meter.stop([tid]);
    expect(named.threads).toBe(1);
    expect(named.cpuSeconds).toBeGreaterThan(0.1);
    expect(started.threads).toBe(0);
  });
});
