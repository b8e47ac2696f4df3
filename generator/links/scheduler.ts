/**
 * Politeness: at most `concurrency` requests in flight in all, at most `perHost` to any one host, and at
 * least `delayMs` between the starts of two requests to the same host. Waiting requests are served host by
 * host in turn, so one host with thousands of links (docs.aws.amazon.com) never holds up the others.
 */
export interface SchedulerOptions {
  readonly concurrency: number;
  readonly perHost: number;
  readonly delayMs: number;
  readonly now?: () => number;
}

interface HostState {
  active: number;
  lastStart: number;
  readonly waiting: (() => void)[];
}

export class RequestScheduler {
  private readonly hosts = new Map<string, HostState>();
  /** Hosts with waiting requests, in the order they are served. */
  private queue: string[] = [];
  private active = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly opts: SchedulerOptions) {
    if (!(opts.concurrency >= 1 && opts.perHost >= 1 && opts.delayMs >= 0)) throw new RangeError('concurrency and perHost must be at least 1, delayMs at least 0');
    // A monotonic clock: a wall-clock step must not shorten or stretch a delay.
    this.now = opts.now ?? (() => performance.now());
  }

  /** Runs `task` when the limits allow a request to `host`. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      const state = this.state(host);
      state.waiting.push(start);
      if (state.waiting.length === 1) this.queue.push(host);
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.active--;
      this.state(host).active--;
      this.pump();
    }
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, lastStart: -Infinity, waiting: [] };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Starts every request the limits allow; if one is held only by the delay, wakes up when it may start. */
  private pump(): void {
    let earliest = Infinity;
    for (let i = 0; i < this.queue.length && this.active < this.opts.concurrency; ) {
      const host = this.queue[i];
      const s = this.hosts.get(host) as HostState;
      const readyAt = s.lastStart + this.opts.delayMs;
      const t = this.now();
      if (s.active >= this.opts.perHost) {
        i++;
        continue;
      }
      if (t < readyAt) {
        earliest = Math.min(earliest, readyAt);
        i++;
        continue;
      }
      s.active++;
      s.lastStart = t;
      this.active++;
      (s.waiting.shift() as () => void)();
      // Served: the host goes to the back of the line (or leaves it).
      this.queue.splice(i, 1);
      // A host's state is kept after its last request: its delay still holds for later ones (a redirect back).
      if (s.waiting.length > 0) this.queue.push(host);
    }
    if (earliest !== Infinity && this.active < this.opts.concurrency) this.wakeAt(earliest);
  }

  private wakeAt(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.max(0, at - this.now()));
  }
}
