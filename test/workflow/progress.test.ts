/** The progress counter: drawn in place on a TTY for runs of several models, absent otherwise. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProgress, renderProgress } from '../../generator/write/progress.js';
import { projectRoot } from '../../generator/paths.js';
import { runCli, tmp, VOICEID } from './support.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (c: string) => chunks.push(c) };
}

describe('createProgress', () => {
  it('draws a bar and a counter in place on a TTY, throttled, always showing the last step, and clears the line', () => {
    const stream = fakeStream(true);
    let t = 0;
    const p = createProgress(stream, 2, () => t);
    p.update('emitting', 1, 361);
    t += 10;
    p.update('emitting', 2, 361); // within the redraw interval: skipped
    t += 100;
    p.update('emitting', 180, 361);
    p.update('emitting', 361, 361); // last step: drawn at once
    p.finish();
    expect(stream.chunks).toEqual([
      `\r\x1b[K${renderProgress('emitting', 1, 361)}`,
      `\r\x1b[K${renderProgress('emitting', 180, 361)}`,
      `\r\x1b[K${renderProgress('emitting', 361, 361)}`,
      '\r\x1b[K',
    ]);
    expect(renderProgress('emitting', 180, 361)).toBe('shapegen: emitting [############            ] 180/361');
  });

  it('writes nothing when the stream is not a TTY, or for a single model', () => {
    const pipe = fakeStream(false);
    const p = createProgress(pipe);
    p.update('emitting', 1, 361);
    p.finish();
    expect(pipe.chunks).toEqual([]);
    const tty = fakeStream(true);
    const one = createProgress(tty);
    one.update('emitting', 1, 1);
    one.finish();
    expect(tty.chunks).toEqual([]);
  });
});

describe('generate progress', () => {
  const models = [VOICEID, join(projectRoot, 'test', 'fixtures', 'diff-base', 'model.yaml')];
  const wasTTY = process.stderr.isTTY;
  afterEach(() => Object.defineProperty(process.stderr, 'isTTY', { value: wasTTY, configurable: true }));

  it('shows the counter on a terminal', async () => {
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    const r = await runCli(['generate', '--no-cache', '--jobs', '1', '--out', tmp('progress'), ...models]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2/2');
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints nothing extra when stderr is not a terminal', async () => {
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    const r = await runCli(['generate', '--no-cache', '--jobs', '1', '--out', tmp('progress'), ...models]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
