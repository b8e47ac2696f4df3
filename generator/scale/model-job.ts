/**
 * One model through load -> validate -> resolve -> emit -> format. The unit of work a worker thread runs,
 * and the unit the cache stores; it depends on nothing but the model file (and its sidecars). It also
 * records where its time went (per stage and emitter), which the catalog benchmark sums into a profile.
 */
import { loadAndResolve } from '../pipeline.js';
import { emitters } from '../emit/index.js';
import { formatFiles } from '../format/format.js';
import type { GeneratedFile } from '../emit/types.js';
import type { ModelError } from '../validate/errors.js';

export interface ModelOutput {
  readonly file: string;
  /** The service folder (R prefix); empty when the model is invalid. */
  readonly prefix: string;
  readonly files: readonly GeneratedFile[];
  readonly problems: readonly ModelError[];
  /** Milliseconds per stage: `load`, `emit:<emitter>`, `format:<emitter>`. */
  readonly timings?: Readonly<Record<string, number>>;
  /** Set when the output folder is already up to date (stamped): `files` is then empty. */
  readonly fresh?: boolean;
}

export async function runModelJob(file: string): Promise<ModelOutput> {
  const timings: Record<string, number> = {};
  let start = performance.now();
  const { load, service } = loadAndResolve(file);
  timings.load = performance.now() - start;
  if (!service) return { file, prefix: '', files: [], problems: load.problems, timings };
  const files: GeneratedFile[] = [];
  for (const emitter of emitters) {
    start = performance.now();
    const emitted = emitter.emit(service).map((f) => ({ ...f, path: `${service.prefix}/${f.path}` }));
    timings[`emit:${emitter.name}`] = performance.now() - start;
    start = performance.now();
    for (const f of await formatFiles(emitted)) files.push(f); // no spread: any number of files
    timings[`format:${emitter.name}`] = performance.now() - start;
  }
  return { file, prefix: service.prefix, files, problems: load.problems, timings };
}
