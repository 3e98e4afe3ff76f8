import { readFileSync } from 'node:fs';

/** What a process used, read from /proc (Linux) while it runs. */
export interface ProcessUse {
  /** Peak resident set (VmHWM), MB: the process and its threads. */
  peakRssMb: number;
  /** User + system CPU seconds. */
  cpuSeconds: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a `/proc/…/stat` line. */
function statCpuSeconds(stat: string): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The process's peak RSS and CPU time so far, or null once it is gone (or off Linux). */
export function readProcessUse(pid: number): ProcessUse | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
    const cpuSeconds = statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return { peakRssMb: hwm ? Number(hwm[1]) / 1024 : 0, cpuSeconds };
  } catch {
    return null;
  }
}

/** CPU seconds of the calling thread alone (a worker thread's share of its process), or null off Linux. */
export function threadCpuSeconds(): number | null {
  try {
    return statCpuSeconds(readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Samples processes until they exit, keeping the largest reading of each (a process that has exited
 * but is not yet reaped still has its CPU times but no memory lines): VmHWM only grows, so the
 * peak is known up to the sampling interval.
 */
export class ProcessMeter {
  private readonly last = new Map<number, ProcessUse>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pids: number[],
    intervalMs = 200,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  private sample(): void {
    for (const pid of this.pids) {
      const use = readProcessUse(pid);
      if (!use) continue;
      const before = this.last.get(pid);
      this.last.set(pid, {
        peakRssMb: Math.max(use.peakRssMb, before?.peakRssMb ?? 0),
        cpuSeconds: Math.max(use.cpuSeconds, before?.cpuSeconds ?? 0),
      });
    }
  }

  /** Stop sampling; one reading per process (zeros for a process never read). */
  stop(): ProcessUse[] {
    clearInterval(this.timer);
    return this.pids.map((pid) => this.last.get(pid) ?? { peakRssMb: 0, cpuSeconds: 0 });
  }
}
