/**
 * A progress counter for long runs, on a terminal only: `shapegen: emitting [#####     ] 120/361`, redrawn
 * in place on stderr. When the stream is not a TTY (CI logs, pipes) it writes nothing at all.
 */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): unknown;
}

export interface Progress {
  update(label: string, done: number, total: number): void;
  /** Clears the line, so what follows starts on a clean line. */
  finish(): void;
}

const NO_PROGRESS: Progress = { update() {}, finish() {} };
const BAR_WIDTH = 24;
/** Redraws at most this often (ms), except for the last step. */
const REDRAW_MS = 50;

export function renderProgress(label: string, done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `shapegen: ${label} [${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
}

/** A progress display on `stream`, shown only when it is a TTY and the run has at least `minTotal` steps. */
export function createProgress(stream: ProgressStream = process.stderr, minTotal = 2, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  let drawn = false;
  let last = -Infinity;
  return {
    update(label, done, total) {
      if (total < minTotal) return;
      const t = now();
      if (done < total && t - last < REDRAW_MS) return;
      last = t;
      stream.write(`\r\x1b[K${renderProgress(label, done, total)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
