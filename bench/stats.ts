/** Small helpers the benchmarks share: medians, ratios, and a target line that says by how much it missed. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}

/** `label: value unit (target < 60 s: met)` or `(target < 60 s: MISSED by 12.3 s, 21%)`. */
export function targetLine(label: string, value: number, unit: string, target: number, better: 'lower' | 'higher'): string {
  const met = better === 'lower' ? value <= target : value >= target;
  const op = better === 'lower' ? '<' : '>=';
  const miss = Math.abs(value - target);
  const verdict = met ? 'met' : `MISSED by ${fmt(miss)} ${unit} (${fmt((miss / target) * 100, 0)}%)`;
  return `${label}: ${fmt(value)} ${unit} (target ${op} ${Number(target.toPrecision(3))} ${unit}: ${verdict})`;
}

/**
 * Microseconds of CPU this process has used (user + system, every thread: the GC's helpers count). The
 * rates below divide by it rather than by the wall clock: on the shared 2-core machine the wall clock also
 * counts the time other processes hold the cores, which swung ratios measured a second apart by 2x.
 */
function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Calls per CPU second of `fn`, measured for about `ms` milliseconds of CPU in batches (1,000 calls by default). */
export function rate(fn: () => unknown, ms: number, batch = 1000): number {
  let n = 0;
  const start = cpuMicros();
  let now = start;
  while (now - start < ms * 1000) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    now = cpuMicros();
  }
  return n / ((now - start) / 1e6);
}

/** The same for an asynchronous `fn`, awaited call by call. */
export async function rateAsync(fn: () => Promise<unknown>, ms: number, batch = 20): Promise<number> {
  let n = 0;
  const start = cpuMicros();
  let now = start;
  while (now - start < ms * 1000) {
    for (let i = 0; i < batch; i++) await fn();
    n += batch;
    now = cpuMicros();
  }
  return n / ((now - start) / 1e6);
}
