import { readdirSync, readFileSync } from 'node:fs';
import { currentThreadId } from '../pipeline/thread-id.js';

/** What a group of threads used: CPU, and time spent runnable but waiting for a core. */
export interface ThreadsUse {
  threads: number;
  cpuSeconds: number;
  /** Time the threads were ready to run but another thread had the core (the machine's load). */
  waitSeconds: number;
}

/** The process's threads while an ingest ran: this one, those started since, and the others. */
export interface ThreadsReport {
  /** The thread the meter was made on (the writer). */
  self: ThreadsUse;
  /** Threads started after the meter (worker threads: the analysis workers), the named ones aside. */
  started: ThreadsUse;
  /** Threads started after the meter that the caller named (the ingest's extraction thread). */
  named: ThreadsUse;
  /** Threads that were there before, this one aside (V8's garbage collection and compiler helpers, libuv). */
  helpers: ThreadsUse;
}

interface Reading {
  cpuSeconds: number;
  waitSeconds: number;
}

const TASKS = '/proc/self/task';

/** `/proc/…/schedstat` of a thread: nanoseconds on a core, nanoseconds waiting in the run queue. */
function readThread(tid: string): Reading | null {
  try {
    const [cpu, wait] = readFileSync(`${TASKS}/${tid}/schedstat`, 'utf8').split(' ');
    return { cpuSeconds: Number(cpu) / 1e9, waitSeconds: Number(wait) / 1e9 };
  } catch {
    return null;
  }
}

function readThreads(): Map<string, Reading> {
  const readings = new Map<string, Reading>();
  for (const tid of readdirSync(TASKS)) {
    const reading = readThread(tid);
    if (reading) readings.set(tid, reading);
  }
  return readings;
}

function sum(readings: Reading[]): ThreadsUse {
  return {
    threads: readings.length,
    cpuSeconds: readings.reduce((total, r) => total + r.cpuSeconds, 0),
    waitSeconds: readings.reduce((total, r) => total + r.waitSeconds, 0),
  };
}

/**
 * Samples the CPU and run-queue wait of every thread of this process (Linux), keeping each
 * thread's last reading: a thread that ends between two samples loses at most one interval.
 */
export class ThreadMeter {
  private readonly start: Map<string, Reading>;
  private readonly last = new Map<string, Reading>();
  private readonly self = String(currentThreadId());
  private readonly timer: NodeJS.Timeout;

  private constructor(intervalMs: number) {
    this.start = readThreads();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** A meter from now on, or null where `/proc` has no per-thread scheduler figures. */
  static begin(intervalMs = 250): ThreadMeter | null {
    try {
      readFileSync(`${TASKS}/${process.pid}/schedstat`);
      return new ThreadMeter(intervalMs);
    } catch {
      return null;
    }
  }

  private sample(): void {
    for (const [tid, reading] of readThreads()) this.last.set(tid, reading);
  }

  /** Stop sampling: what each group of threads used since the meter began (`named`: thread ids to count apart). */
  stop(named: readonly string[] = []): ThreadsReport {
    clearInterval(this.timer);
    this.sample();
    const since = (tid: string, reading: Reading): Reading => {
      const before = this.start.get(tid);
      return before
        ? {
            cpuSeconds: reading.cpuSeconds - before.cpuSeconds,
            waitSeconds: reading.waitSeconds - before.waitSeconds,
          }
        : reading;
    };
    const groups: Record<keyof ThreadsReport, Reading[]> = { self: [], started: [], named: [], helpers: [] };
    for (const [tid, reading] of this.last) {
      const group =
        tid === this.self
          ? 'self'
          : this.start.has(tid)
            ? 'helpers'
            : named.includes(tid)
              ? 'named'
              : 'started';
      groups[group].push(since(tid, reading));
    }
    return {
      self: sum(groups.self),
      started: sum(groups.started),
      named: sum(groups.named),
      helpers: sum(groups.helpers),
    };
  }
}
