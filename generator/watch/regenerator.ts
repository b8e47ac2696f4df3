/**
 * How `--watch` runs the pipeline. In a worker thread (the CLI): the worker keeps its modules warm between
 * model edits, and is replaced by a fresh one when a template changes, so emitters that load and cache
 * their templates once still see the new ones. In process (tests, or code running from the TypeScript
 * sources, where no compiled worker exists): the same interface, without reloading.
 */
import { Worker } from 'node:worker_threads';
import type { GeneratedFile } from '../emit/types.js';
import { generateAll } from '../pipeline.js';
import { ModelValidationError, type ModelError } from '../validate/errors.js';

export interface Regenerator {
  run(models: readonly string[]): Promise<GeneratedFile[]>;
  /** Forget loaded code and templates before the next run (templates changed). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** What the worker answers. */
export type WorkerReply =
  | { id: number; ok: true; files: GeneratedFile[] }
  | { id: number; ok: false; problems?: ModelError[]; message?: string };

export function inProcessRegenerator(): Regenerator {
  return {
    run: (models) => generateAll(models),
    reset: async () => {},
    close: async () => {},
  };
}

export function workerRegenerator(script: URL = new URL('./regenerate-worker.js', import.meta.url)): Regenerator {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (f: GeneratedFile[]) => void; reject: (e: Error) => void }>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const start = (): Worker => {
    const w = new Worker(script);
    w.on('message', (reply: WorkerReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.files);
      else pending.reject(reply.problems ? new ModelValidationError(reply.problems) : new Error(reply.message));
    });
    w.on('error', (e) => failAll(e));
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      if (code !== 0) failAll(new Error(`shapegen: the generator worker stopped (exit code ${code})`));
    });
    return w;
  };
  return {
    run(models) {
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({ id, models: [...models] });
      });
    },
    async reset() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
    async close() {
      await this.reset();
    },
  };
}

/** The worker when running compiled (the CLI); in process when running from the TypeScript sources. */
export function defaultRegenerator(): Regenerator {
  return import.meta.url.endsWith('.js') ? workerRegenerator() : inProcessRegenerator();
}
