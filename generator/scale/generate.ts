/**
 * The one orchestration of many models, used by the CLI, `--watch` and the tests: cached outputs are
 * reused, the rest run on a worker pool (custom emitters in this thread), the newest model file wins when
 * several map to one service folder (older API versions, as in the published reference), and, when asked,
 * the result is checked against or written to the output folder.
 */
import { createHash } from 'node:crypto';
import type { EmitOptions } from '../context/context.js';
import type { GeneratorSession } from '../context/session.js';
import type { Emitter, GeneratedFile } from '../emit/types.js';
import type { ModelOutput } from '../pipeline.js';
import { hasErrors, ModelValidationError, type ModelError } from '../validate/errors.js';
import { encodeFiles, type FileBytes } from '../write/file-bytes.js';
import { cacheKeys, OutputCache } from './cache.js';
import { generatorFingerprint, treeDigest } from './fingerprint.js';
import { newestPerService, supersededIndices } from './newest.js';
import { peekServiceFolder } from './peek.js';
import { defaultJobs, runJobs, type PoolJob } from './pool.js';
import { isFresh, readStamps, type Stamps } from './stamps.js';

export { newestPerService } from './newest.js';

export type GenerateProgress = (event: { phase: 'load' | 'emit'; done: number; total: number }) => void;

export interface GenerateRequest {
  readonly models: readonly string[];
  /** Default: the registered emitters (run on workers). Custom emitters run in this thread, uncached. */
  readonly emitters?: readonly Emitter[];
  readonly options?: EmitOptions;
  /** Worker threads; default: one per core when there are several models. */
  readonly jobs?: number;
  /** Cache directory, or false for none (the default). */
  readonly cacheDir?: string | false;
  /** The session for work done in this thread (`--watch` keeps one between runs). */
  readonly session?: GeneratorSession;
  readonly onProgress?: GenerateProgress;
  /**
   * The output folder, when the caller will write there: with a cache, models whose output there is
   * stamped and untouched since are skipped (reported in `freshFolders`, with no files).
   */
  readonly trustStampsIn?: string;
  /**
   * Hears of each model generated in this run (not of cached ones), as soon as it is done, with its files'
   * bytes when they were encoded for the cache.
   */
  readonly onGenerated?: (output: ModelOutput, bytes: FileBytes | undefined) => void;
}

export interface GenerateResult {
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

/** What of the emit options goes into the cache key. */
function optionsKey(options: EmitOptions): string {
  if (options.links === undefined && options.templatesDir === undefined) return '';
  // The map's entries in their (sorted) order: a Map has no JSON form of its own.
  const hash = createHash('sha256').update(JSON.stringify(options.links ? [...options.links.links] : null));
  // Custom templates are not in the generator's fingerprint: their bytes are part of the key.
  if (options.templatesDir !== undefined) hash.update(treeDigest(options.templatesDir));
  return hash.digest('hex');
}

function byPath(a: GeneratedFile, b: GeneratedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export async function generate(req: GenerateRequest): Promise<GenerateResult> {
  const files = req.models;
  const options = req.options ?? {};
  // Custom emitters are not in the fingerprint: their outputs are never cached.
  const cache = req.cacheDir && req.emitters === undefined ? new OutputCache(req.cacheDir) : undefined;
  const fingerprint = cache ? generatorFingerprint() : '';
  const runKey = cache ? optionsKey(options) : '';
  const keys = cache ? cacheKeys(cache.dir, files, fingerprint, runKey) : [];
  const stamps = cache && req.trustStampsIn ? readStamps(cache.dir, req.trustStampsIn) : {};
  const outputs: (ModelOutput | undefined)[] = files.map((f, i) => {
    if (!cache) return undefined;
    const stamp = stamps[keys[i]];
    if (req.trustStampsIn && isFresh(req.trustStampsIn, stamp)) return { file: f, prefix: stamp.folder, files: [], problems: [], fresh: true };
    return cache.get(keys[i], f) ?? cache.getChecked(keys[i], f);
  });
  // Models a newer one of their folder will supersede are only checked: their files would be dropped.
  const older = supersededIndices(files, files.map((f, i) => outputs[i]?.prefix ?? peekServiceFolder(f)));
  const missing = files.flatMap((_f, i) => (outputs[i] && (older.has(i) || !outputs[i].checkedOnly) ? [] : [i]));
  const cached = files.length - missing.length;
  req.onProgress?.({ phase: 'load', done: cached, total: files.length });
  const run = (which: readonly number[], checkOnly: ReadonlySet<number>, onDone?: (done: number) => void) => {
    const job: PoolJob = { jobs: req.jobs ?? (which.length > 2 ? defaultJobs() : 1), emitters: req.emitters, options, session: req.session, checkOnly };
    return runJobs(which.map((i) => files[i]), job, (j, out, done) => {
      outputs[which[j]] = out;
      // Encoded once for the cache and the caller's staging both.
      const bytes = cache && out.files.length > 0 ? encodeFiles(out.files) : undefined;
      cache?.put(keys[which[j]], out, bytes?.body); // at once, so an interrupted cold run keeps what it finished
      req.onGenerated?.(out, bytes);
      onDone?.(done);
    });
  };
  const checkOnly = new Set(missing.flatMap((i, j) => (older.has(i) ? [j] : [])));
  await run(missing, checkOnly, (done) => req.onProgress?.({ phase: 'emit', done: cached + done, total: files.length }));
  // A model checked on a guess that did not hold (its newer one invalid, or of another folder) is kept: emit it.
  const wrong = newestPerService(outputs as ModelOutput[]).kept.filter((o) => o.checkedOnly).map((o) => outputs.indexOf(o));
  await run(wrong, new Set());
  // Models written just before this run were too fresh for the key memo to trust (its racy window): a
  // run that generated something took long enough for them to settle, so their keys are remembered now and
  // the next run does not hash them again.
  if (cache && missing.length > 0) cacheKeys(cache.dir, files, fingerprint, runKey);
  const all = outputs as ModelOutput[];
  const { kept, superseded } = newestPerService(all);
  const generatedFiles = kept.flatMap((o) => o.files).sort(byPath);
  const freshFolders = kept.filter((o) => o.fresh).map((o) => o.prefix);
  const keptIndices = kept.map((o) => all.indexOf(o));
  return { files: generatedFiles, problems: all.flatMap((o) => o.problems), cached, generated: missing.length, superseded, outputs: all, keys, freshFolders, stamps, kept: keptIndices };
}

/** All files for a set of models, formatted, sorted by path; throws ModelValidationError with every problem. */
export async function generateAll(
  models: readonly string[],
  emitters?: readonly Emitter[],
  onProgress?: GenerateProgress,
  options: Omit<GenerateRequest, 'models' | 'emitters' | 'onProgress'> = {},
): Promise<GeneratedFile[]> {
  const result = await generate({ ...options, models, emitters, onProgress });
  if (hasErrors(result.problems)) throw new ModelValidationError(result.problems);
  return result.files;
}
