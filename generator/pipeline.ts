/**
 * The pipeline, end to end: load -> validate -> resolve -> emit -> format. Writing is the caller's
 * (see `write/`), so that `--check`, `diff` and tests can run everything without touching the disk.
 */
import { loadModelFile, sourceName, type LoadResult } from './load/load-model.js';
import { resolve } from './ir/resolve.js';
import type { IRService } from './ir/types.js';
import { emitters as defaultEmitters } from './emit/index.js';
import type { EmitOptions, Emitter, GeneratedFile } from './emit/types.js';
import { DocsCache } from './emit/docs/templates.js';
import { readLinkMap } from './links/link-map.js';
import { formatFiles } from './format/format.js';
import { hasErrors, ModelValidationError } from './validate/errors.js';

export function loadAndResolve(file: string): { load: LoadResult; service?: IRService } {
  const load = loadModelFile(file);
  if (!load.model || hasErrors(load.problems)) return { load };
  return { load, service: resolve(load.model, sourceName(file), load.examplesDecimals) };
}

/** Runs every emitter on one service; paths are prefixed with the service's folder. */
export function emitService(service: IRService, emitters: readonly Emitter[] = defaultEmitters, options?: EmitOptions): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const emitter of emitters) {
    for (const f of emitter.emit(service, options)) files.push({ path: `${service.prefix}/${f.path}`, contents: f.contents });
  }
  return files;
}

/** Reported as models are loaded, then emitted (the CLI shows it on a terminal). */
export type GenerateProgress = (event: { phase: 'load' | 'emit'; done: number; total: number }) => void;

export interface GenerateAllOptions {
  /** Worker threads for many models; default one per core. */
  readonly jobs?: number;
  /** Where unchanged models' outputs are cached; false for no cache (the default). */
  readonly cacheDir?: string | false;
  /** A link map for the docs (`generate --links`). */
  readonly linksFile?: string;
}

/**
 * All files for a set of models, formatted, sorted by path. Throws ModelValidationError with every problem.
 * With the default emitters the work runs through `scale/` (worker threads, cache); custom emitters (tests)
 * run in this thread.
 */
export async function generateAll(
  files: readonly string[],
  emitters?: readonly Emitter[],
  onProgress?: GenerateProgress,
  options: GenerateAllOptions = {},
): Promise<GeneratedFile[]> {
  if (emitters === undefined) {
    const { generateModels } = await import('./scale/generate-models.js');
    const result = await generateModels(files, { ...options, onProgress });
    if (hasErrors(result.problems)) throw new ModelValidationError(result.problems);
    return result.files;
  }
  const problems = [];
  const services: IRService[] = [];
  for (const [i, file] of files.entries()) {
    const { load, service } = loadAndResolve(file);
    problems.push(...load.problems);
    if (service) services.push(service);
    onProgress?.({ phase: 'load', done: i + 1, total: files.length });
  }
  if (hasErrors(problems)) throw new ModelValidationError(problems);
  const out: GeneratedFile[] = [];
  const emitOptions: EmitOptions = { links: options.linksFile === undefined ? undefined : readLinkMap(options.linksFile), docsCache: new DocsCache() };
  for (const [i, service] of services.entries()) {
    out.push(...(await formatFiles(emitService(service, emitters, emitOptions))));
    onProgress?.({ phase: 'emit', done: i + 1, total: services.length });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
