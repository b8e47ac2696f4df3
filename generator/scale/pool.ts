/**
 * A small worker-thread pool for model jobs: one worker per core (2 here), each fed the next model as soon
 * as it finishes one, so a large model never holds the others back. Jobs run in-process when one worker
 * would do, or when the compiled worker script is absent (running from sources under a test runner).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../paths.js';
import { JobState, runModelJob, type JobOptions, type ModelOutput } from './model-job.js';

export const WORKER_SCRIPT = resolve(projectRoot, 'dist', 'generator', 'scale', 'worker.js');

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

type Reply = { id: number; output?: ModelOutput; error?: string };

/** Runs every model job; `onResult` hears of each as it completes (the cache stores it at once). */
export async function runJobs(
  files: readonly string[],
  jobs: number,
  onResult?: (index: number, output: ModelOutput, done: number) => void,
  options: JobOptions = {},
): Promise<ModelOutput[]> {
  const results: ModelOutput[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, out: ModelOutput) => {
    results[i] = out;
    onResult?.(i, out, ++done);
  };
  const workers = Math.min(jobs, files.length);
  if (workers <= 1 || !existsSync(WORKER_SCRIPT)) {
    const state = new JobState();
    for (const [i, file] of files.entries()) finish(i, await runModelJob(file, options, state));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () => new Promise<void>((resolveAll, reject) => {
      const worker = new Worker(WORKER_SCRIPT);
      const feed = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolveAll());
          return;
        }
        const id = next++;
        worker.postMessage({ id, file: files[id], options });
      };
      worker.on('message', (reply: Reply) => {
        if (reply.error !== undefined) {
          void worker.terminate();
          reject(new Error(`shapegen: generating ${files[reply.id]} failed:\n${reply.error}`));
          return;
        }
        finish(reply.id, reply.output!);
        feed();
      });
      worker.on('error', reject);
      feed();
    })),
  );
  return results;
}
