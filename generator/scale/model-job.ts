/**
 * One model through load -> validate -> resolve -> emit -> format. The unit of work a worker thread runs,
 * and the unit the cache stores; it depends on nothing but the model file (and its sidecars).
 */
import { loadAndResolve, emitService } from '../pipeline.js';
import { formatFiles } from '../format/format.js';
import type { GeneratedFile } from '../emit/types.js';
import type { ModelError } from '../validate/errors.js';

export interface ModelOutput {
  readonly file: string;
  /** The service folder (R prefix); empty when the model is invalid. */
  readonly prefix: string;
  readonly files: readonly GeneratedFile[];
  readonly problems: readonly ModelError[];
}

export async function runModelJob(file: string): Promise<ModelOutput> {
  const { load, service } = loadAndResolve(file);
  if (!service) return { file, prefix: '', files: [], problems: load.problems };
  const files = await formatFiles(emitService(service));
  return { file, prefix: service.prefix, files, problems: load.problems };
}
