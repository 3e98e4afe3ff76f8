/** Per-host politeness: at most `perHost` requests at once and `intervalMs` between request starts. */
export class HostScheduler {
  private readonly hosts = new Map<
    string,
    { active: number; nextStart: number; waiting: Array<() => void> }
  >();

  constructor(
    private readonly perHost: number,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private state(host: string) {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Wait for a slot on `host`; `minIntervalMs` raises the spacing (robots.txt Crawl-delay). */
  async acquire(host: string, minIntervalMs = 0): Promise<void> {
    const state = this.state(host);
    while (state.active >= this.perHost) await new Promise<void>((resolve) => state.waiting.push(resolve));
    state.active++;
    // Spacing runs from the actual start: a timer that fires late (a loaded machine) must not let
    // the next request start early. The check and the claim happen with no await between them.
    for (let wait = state.nextStart - this.now(); wait > 0; wait = state.nextStart - this.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    state.nextStart = this.now() + Math.max(this.intervalMs, minIntervalMs);
  }

  /** Give the slot back. */
  release(host: string): void {
    const state = this.state(host);
    state.active--;
    state.waiting.shift()?.();
  }
}
