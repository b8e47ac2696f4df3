/**
 * One model, end to end: load -> validate -> resolve -> codegen context -> emitters -> format. Writing is
 * the caller's (see `write/`), so that `--check`, `diff` and tests run everything without touching the
 * disk; many models at once are `scale/`'s, which calls `generateModel` for each.
 */
import { createContext, type CodegenContext, type EmitOptions } from './context/context.js';
import { GeneratorSession } from './context/session.js';
import { emitters as defaultEmitters } from './emit/index.js';
import type { Emitter, GeneratedFile } from './emit/types.js';
import { formatterOf } from './format/format.js';
import { resolve } from './ir/resolve.js';
import type { IRService } from './ir/types.js';
import { loadModelFile, sourceName, type LoadResult } from './load/load-model.js';
import { serviceFolder } from './names/names.js';
import { hasErrors, type ModelError } from './validate/errors.js';

export function loadAndResolve(file: string, session: GeneratorSession): { load: LoadResult; service?: IRService } {
  const load = loadModelFile(file, session);
  if (!load.model || hasErrors(load.problems)) return { load };
  return { load, service: resolve(load.model, sourceName(file), load.examplesDecimals) };
}

/** The context of one resolved service. */
export function contextOf(service: IRService, session: GeneratorSession = new GeneratorSession(), options: EmitOptions = {}): CodegenContext {
  return createContext(service, session, options);
}

/** Runs emitters on one service (unformatted); paths are prefixed with the service's folder. */
export function emitService(ctx: CodegenContext, emitters: readonly Emitter[] = defaultEmitters): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const emitter of emitters) files.push(...inFolder(ctx, emitter.emit(ctx)));
  return files;
}

function inFolder(ctx: CodegenContext, files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.map((f) => ({ ...f, path: `${ctx.symbols.serviceDir}/${f.path}` }));
}

/** What one model produced: its files (formatted), its problems, and where the time went. */
export interface ModelOutput {
  readonly file: string;
  /** The service folder; empty when the model is invalid. */
  readonly prefix: string;
  readonly files: readonly GeneratedFile[];
  readonly problems: readonly ModelError[];
  /** Milliseconds per stage: `load`, `emit:<emitter>`, `format:<emitter>`. */
  readonly timings?: Readonly<Record<string, number>>;
  /** Set when the output folder is already up to date (stamped): `files` is then empty. */
  readonly fresh?: boolean;
  /** Set when a valid model was only loaded and validated (a newer one supersedes it): `files` is then empty. */
  readonly checkedOnly?: boolean;
}

export interface ModelJob {
  readonly emitters?: readonly Emitter[];
  readonly session?: GeneratorSession;
  readonly options?: EmitOptions;
}

/**
 * A model loaded and validated, no more: the job of a model that a newer API version supersedes. Its
 * problems and folder are exactly those of `generateModel`; an invalid model's output is the same as there.
 */
export function checkModel(file: string, session: GeneratorSession = new GeneratorSession()): ModelOutput {
  const start = performance.now();
  const load = loadModelFile(file, session);
  const timings = { load: performance.now() - start };
  if (!load.model || hasErrors(load.problems)) return { file, prefix: '', files: [], problems: load.problems, timings };
  return { file, prefix: serviceFolder(load.model.metadata), files: [], problems: load.problems, timings, checkedOnly: true };
}

/** One model through every stage, timing each (the catalog profile sums these). */
export async function generateModel(file: string, job: ModelJob = {}): Promise<ModelOutput> {
  const session = job.session ?? new GeneratorSession();
  const timings: Record<string, number> = {};
  let start = performance.now();
  const { load, service } = loadAndResolve(file, session);
  timings.load = performance.now() - start;
  if (!service) return { file, prefix: '', files: [], problems: load.problems, timings };
  const ctx = contextOf(service, session, job.options);
  const formatter = formatterOf(session);
  const files: GeneratedFile[] = [];
  for (const emitter of job.emitters ?? defaultEmitters) {
    start = performance.now();
    const emitted = inFolder(ctx, emitter.emit(ctx));
    timings[`emit:${emitter.name}`] = performance.now() - start;
    start = performance.now();
    for (const f of await formatter.files(emitted)) files.push(f); // no spread: any number of files
    timings[`format:${emitter.name}`] = performance.now() - start;
  }
  return { file, prefix: ctx.symbols.serviceDir, files, problems: load.problems, timings };
}
