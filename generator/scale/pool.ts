/**
 * A small worker-thread pool for model jobs: one worker per core, each fed the next model as soon as it
 * finishes one, so a large model never holds the others back. Jobs run in this thread when one worker
 * would do, when the emitters are not the registered ones (functions cannot be sent to a worker), or when
 * the compiled worker script is absent (running from sources under a test runner).
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmitOptions } from '../context/context.js';
import { GeneratorSession } from '../context/session.js';
import type { Emitter } from '../emit/types.js';
import { projectRoot } from '../paths.js';
import type { ModelOutput } from '../pipeline.js';

export const WORKER_SCRIPT = resolve(projectRoot, 'dist', 'generator', 'scale', 'worker.js');

function sizeOf(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0; // the job reports a missing file
}

/**
 * Each worker's young generation: 192 MB, semi-spaces of 64 MB (Node's default is 16 MB). The emitters
 * allocate short-lived strings by the megabyte; with the default, objects still alive at each of the many
 * scavenges were copied and promoted, and garbage collection was 14% of a worker's time. Measured over
 * every 10th catalog model: 13% less CPU, about 80 MB more memory per worker.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Jobs sent ahead to each worker: one running and one waiting in its queue, so that it starts the next model
 * the moment it finishes one, even while this thread is busy with another worker's result (decoding it,
 * compressing its cache entry, staging its files).
 */
const QUEUED_PER_WORKER = 2;

/**
 * V8 optimizes a function once it has run through this budget of bytecode a few times: 4x the default
 * (66 KB), so that code run only a few hundred times stays in the baseline tiers and only the really hot
 * code is compiled by TurboFan. Measured here, two cold catalog runs at once through the CLI (alike
 * conditions): 127.4 s of user CPU against 136.4 s by default, then 118.9 s against 125.5 s (5-7% less);
 * 8x was slower than 4x on every 12th model.
 */
const INTERRUPT_BUDGET = 4 * 67_584;

/**
 * Less inlining by V8's optimizing compiler, and later (INTERRUPT_BUDGET): its budget of bytecode
 * inlined into one optimized function, 920 bytes by default, is 300 here. Generation runs a great deal of
 * code (ajv, ts-morph, the emitters) a few hundred times at most, so compiling big optimized functions
 * does not pay back: in a cold catalog run, V8's four background threads spent 42 s of CPU, mostly on
 * that, beside the workers' 78 s. Measured here: every 6th catalog model in one process, 19.8-21.8 s of
 * CPU by default (six runs), 15.6-19.1 s with 300 (ten runs), the same output. The flags are V8's, for
 * the whole process; set before any worker starts.
 */
export function tuneCompiler(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export interface PoolJob {
  readonly jobs: number;
  /** Custom emitters run in this thread; undefined means the registered ones (workers may run them). */
  readonly emitters?: readonly Emitter[];
  readonly options: EmitOptions;
  /** The session for work done in this thread. */
  readonly session?: GeneratorSession;
  /** Indices of the files only to load and validate (superseded models): no emitter runs for them. */
  readonly checkOnly?: ReadonlySet<number>;
}

type Reply = { id: number; output?: ModelOutput; error?: string };

/** Runs every model job; `onResult` hears of each as it completes (the cache stores it at once). */
export async function runJobs(
  files: readonly string[],
  job: PoolJob,
  onResult?: (index: number, output: ModelOutput, done: number) => void,
): Promise<ModelOutput[]> {
  const results: ModelOutput[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, out: ModelOutput) => {
    results[i] = out;
    onResult?.(i, out, ++done);
  };
  if (files.length === 0) return results;
  tuneCompiler();
  const workers = Math.min(job.jobs, files.length);
  if (workers <= 1 || job.emitters !== undefined || !existsSync(WORKER_SCRIPT)) {
    // Loaded here, not at the top: a run whose models are all cached never loads the emitters.
    const { checkModel, generateModel } = await import('../pipeline.js');
    const session = job.session ?? new GeneratorSession();
    for (const [i, file] of files.entries()) {
      finish(i, job.checkOnly?.has(i) ? checkModel(file, session) : await generateModel(file, { session, emitters: job.emitters, options: job.options }));
    }
    return results;
  }
  // Biggest models first (by file size, a fair proxy of their work): a big one started last would keep
  // one worker busy while the other has nothing left. Models only checked are short work: they go last.
  const ranked = files.map((f, i) => ({ i, checked: job.checkOnly?.has(i) === true, size: sizeOf(f) }));
  const order = ranked.sort((a, b) => Number(a.checked) - Number(b.checked) || b.size - a.size || a.i - b.i).map((r) => r.i);
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () => new Promise<void>((resolveAll, reject) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: { options: job.options }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let pending = 0;
      const feed = () => {
        for (; pending < QUEUED_PER_WORKER && next < files.length; pending++) {
          const id = order[next++];
          worker.postMessage({ id, file: files[id], checkOnly: job.checkOnly?.has(id) === true });
        }
        if (pending === 0) void worker.terminate().then(() => resolveAll());
      };
      worker.on('message', (reply: Reply) => {
        if (reply.error !== undefined) {
          void worker.terminate();
          reject(new Error(`shapegen: generating ${files[reply.id]} failed:\n${reply.error}`));
          return;
        }
        pending--;
        feed(); // before the result is handled here (cache, staging), so the worker is never kept waiting
        finish(reply.id, reply.output!);
      });
      worker.on('error', reject);
      feed();
    })),
  );
  return results;
}
