/** Bounded concurrency and per-host politeness: the scheduler alone, then the checker on the local server. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runLinks } from '../../generator/links/run-links.js';
import { RequestScheduler } from '../../generator/links/scheduler.js';
import { CHECK } from './support/options.js';
import { startServer, type TestServer } from './support/server.js';

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

interface Start {
  readonly host: string;
  readonly at: number;
}

/** Runs `count` tasks per host through a scheduler; each takes `ms`. Records starts and peak concurrency. */
async function exercise(s: RequestScheduler, hosts: string[], count: number, ms: number) {
  const run = exerciseRun(s, hosts, count, ms);
  await vi.runAllTimersAsync();
  return run;
}

async function exerciseRun(s: RequestScheduler, hosts: string[], count: number, ms: number) {
  const starts: Start[] = [];
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  let all = 0;
  let peakAll = 0;
  const task = (host: string) => async () => {
    starts.push({ host, at: performance.now() });
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, inFlight.get(host) as number));
    peakAll = Math.max(peakAll, ++all);
    await sleep(ms);
    inFlight.set(host, (inFlight.get(host) as number) - 1);
    all--;
  };
  const jobs = hosts.flatMap((h) => Array.from({ length: count }, () => s.run(h, task(h))));
  await Promise.all(jobs);
  return { starts, peak, peakAll };
}

function gaps(starts: readonly Start[], host: string): number[] {
  const at = starts.filter((s) => s.host === host).map((s) => s.at);
  return at.slice(1).map((t, i) => t - at[i]);
}

describe('the request scheduler', () => {
  // On a virtual clock: the gaps are exact whatever the load of the machine.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps to the global and per-host limits, and uses them', async () => {
    const s = new RequestScheduler({ concurrency: 3, perHost: 2, delayMs: 0 });
    const r = await exercise(s, ['a', 'b', 'c'], 8, 15);
    expect(r.starts).toHaveLength(24);
    expect(r.peakAll).toBe(3);
    for (const h of ['a', 'b', 'c']) expect(r.peak.get(h)).toBeLessThanOrEqual(2);
    expect(Math.max(...r.peak.values())).toBe(2);
  });

  it('leaves at least the delay between two starts on one host', async () => {
    const s = new RequestScheduler({ concurrency: 8, perHost: 4, delayMs: 25 });
    const r = await exercise(s, ['a', 'b'], 5, 1);
    for (const h of ['a', 'b']) {
      const g = gaps(r.starts, h);
      expect(g).toHaveLength(4);
      for (const gap of g) expect(gap).toBeGreaterThanOrEqual(25);
    }
    // The two hosts' delays run side by side, not one after the other: 4 delays in all, not 8.
    const span = Math.max(...r.starts.map((x) => x.at)) - Math.min(...r.starts.map((x) => x.at));
    expect(span).toBeLessThan(4 * 25 + 10);
  });

  it('serves hosts in turn: a host with many requests does not hold up another', async () => {
    const s = new RequestScheduler({ concurrency: 2, perHost: 2, delayMs: 0 });
    const order: string[] = [];
    const job = (host: string) => s.run(host, async () => {
      order.push(host);
      await sleep(5);
    });
    const jobs = Promise.all([...Array.from({ length: 20 }, () => job('busy')), job('quiet')]);
    await vi.runAllTimersAsync();
    await jobs;
    expect(order.indexOf('quiet')).toBeLessThan(4);
  });

  it('rejects limits below one', () => {
    expect(() => new RequestScheduler({ concurrency: 0, perHost: 1, delayMs: 0 })).toThrow(RangeError);
    expect(() => new RequestScheduler({ concurrency: 1, perHost: 0, delayMs: 0 })).toThrow(RangeError);
  });
});

describe('the checker keeps to the limits on the wire', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    for (let i = 0; i < 8; i++) {
      server.route(`/polite/${i}`, { status: 200, delayMs: 80 });
    }
  });
  afterAll(() => server?.close());

  it('never has more than --per-host requests in flight to a host, spaced by --delay', async () => {
    const links = ['a.test', 'other.test'].flatMap((h) => Array.from({ length: 8 }, (_, i) => `http://${h}:${server.port}/polite/${i}`));
    const r = await runLinks(links, undefined, { ...CHECK, perHost: 2, concurrency: 3, delayMs: 30 });
    expect(r.counts).toEqual({ ok: 16, moved: 0, dead: 0 });
    for (const h of ['a.test', 'other.test']) {
      const host = `${h}:${server.port}`;
      expect(server.maxInFlight.get(host)).toBe(2);
      const at = server.requests.filter((q) => q.host === host).map((q) => q.at);
      expect(at).toHaveLength(8);
      // Arrival times, measured by the server, jitter with the event loop (the scheduler test above checks each
      // gap); over the whole run, 8 requests 30 ms apart take at least 7 delays.
      expect(at[at.length - 1] - at[0]).toBeGreaterThanOrEqual(7 * 30 - 20);
    }
    expect(Math.max(...server.maxInFlight.values())).toBeLessThanOrEqual(2);
  });
});
