/**
 * Many models at once: cached outputs are reused, the rest run on a worker pool, and when several models
 * map to one service folder (older API versions of a service) the newest model file wins, as in the
 * published reference.
 */
import { basename } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import type { ModelError } from '../validate/errors.js';
import { cacheKey, OutputCache } from './cache.js';
import type { ModelOutput } from './model-job.js';
import { defaultJobs, runJobs } from './pool.js';
import { isFresh, readStamps, type Stamps } from './stamps.js';

export interface ScaleOptions {
  /** Worker threads; default: one per core when there are several models. */
  readonly jobs?: number;
  /** Cache directory, or false for none. */
  readonly cacheDir?: string | false;
  readonly onProgress?: (event: { phase: 'load' | 'emit'; done: number; total: number }) => void;
  /**
   * The output folder: with a cache, models whose output there is stamped and untouched since are skipped
   * (reported in `freshFolders`, with no files).
   */
  readonly outDir?: string;
  /** A link map for the docs (`generate --links`); its content is part of every cache key. */
  readonly linksFile?: string;
}

export interface ScaleResult {
  readonly files: GeneratedFile[];
  readonly problems: ModelError[];
  readonly cached: number;
  readonly generated: number;
  /** Older models of a service that a newer model file superseded: `older -> newer`. */
  readonly superseded: string[];
  /** Per model, where its time went (absent for cached models). */
  readonly outputs: readonly ModelOutput[];
  /** Cache key of each model, in the order given (empty without a cache). */
  readonly keys: readonly string[];
  /** Service folders already up to date on disk (stamped); their files are not in `files`. */
  readonly freshFolders: readonly string[];
  /** The stamps read before the run, for `writeStamps`. */
  readonly stamps: Stamps;
  /** Indices (into the models given) of the outputs that were kept, one per service folder. */
  readonly kept: readonly number[];
}

/** Keeps, per service folder, the output of the model whose file name sorts last (the newest API version). */
export function newestPerService(outputs: readonly ModelOutput[]): { kept: ModelOutput[]; superseded: string[] } {
  const byPrefix = new Map<string, ModelOutput>();
  const superseded: string[] = [];
  const valid = outputs.filter((o) => o.prefix !== '');
  for (const o of [...valid].sort((a, b) => (basename(a.file) < basename(b.file) ? -1 : 1))) {
    const older = byPrefix.get(o.prefix);
    if (older) superseded.push(`${basename(older.file)} -> ${basename(o.file)}`);
    byPrefix.set(o.prefix, o);
  }
  return { kept: [...byPrefix.values()], superseded };
}

export async function generateModels(files: readonly string[], opts: ScaleOptions = {}): Promise<ScaleResult> {
  const cache = opts.cacheDir ? new OutputCache(opts.cacheDir) : undefined;
  const keys = cache ? files.map((f) => cacheKey(f, opts.linksFile)) : [];
  const stamps = cache && opts.outDir ? readStamps(opts.cacheDir as string, opts.outDir) : {};
  const outputs: (ModelOutput | undefined)[] = files.map((f, i) => {
    if (!cache) return undefined;
    const stamp = stamps[keys[i]];
    if (opts.outDir && isFresh(opts.outDir, stamp)) return { file: f, prefix: stamp.folder, files: [], problems: [], fresh: true };
    return cache.get(keys[i], f);
  });
  const missing = files.flatMap((f, i) => (outputs[i] ? [] : [i]));
  const cached = files.length - missing.length;
  opts.onProgress?.({ phase: 'load', done: cached, total: files.length });
  const jobs = opts.jobs ?? (missing.length > 2 ? defaultJobs() : 1);
  await runJobs(missing.map((i) => files[i]), jobs, (j, out, done) => {
    const i = missing[j];
    outputs[i] = out;
    cache?.put(keys[i], out); // at once, so an interrupted cold run keeps what it finished
    opts.onProgress?.({ phase: 'emit', done: cached + done, total: files.length });
  }, { linksFile: opts.linksFile });
  const all = outputs as ModelOutput[];
  const { kept, superseded } = newestPerService(all);
  const generatedFiles = kept.flatMap((o) => o.files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const freshFolders = kept.filter((o) => o.fresh).map((o) => o.prefix);
  const keptIndices = kept.map((o) => all.indexOf(o));
  return { files: generatedFiles, problems: all.flatMap((o) => o.problems), cached, generated: missing.length, superseded, outputs: all, keys, freshFolders, stamps, kept: keptIndices };
}
