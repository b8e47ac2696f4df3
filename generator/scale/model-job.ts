/**
 * One model through load -> validate -> resolve -> emit -> format. The unit of work a worker thread runs,
 * and the unit the cache stores; it depends on nothing but the model file (and its sidecars). It also
 * records where its time went (per stage and emitter), which the catalog benchmark sums into a profile.
 */
import { loadAndResolve } from '../pipeline.js';
import { emitters } from '../emit/index.js';
import { formatFiles } from '../format/format.js';
import type { EmitOptions, GeneratedFile } from '../emit/types.js';
import { DocsCache } from '../emit/docs/templates.js';
import { readLinkMap, type LinkMap } from '../links/link-map.js';
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

/** What a generation run asks of every model job (sent to worker threads as data). */
export interface JobOptions {
  /** A link map to apply to the docs (`generate --links`). */
  readonly linksFile?: string;
}

/**
 * The state a job runner keeps for one run (docs helper, issue 11; the CodegenContext will own it): the
 * docs emitter's cache and the link maps read, each once.
 */
export class JobState {
  readonly docsCache = new DocsCache();
  private readonly maps = new Map<string, LinkMap>();

  linkMap(path: string | undefined): LinkMap | undefined {
    if (path === undefined) return undefined;
    let map = this.maps.get(path);
    if (!map) this.maps.set(path, (map = readLinkMap(path)));
    return map;
  }
}

export async function runModelJob(file: string, options: JobOptions = {}, state: JobState = new JobState()): Promise<ModelOutput> {
  const emitOptions: EmitOptions = { links: state.linkMap(options.linksFile), docsCache: state.docsCache };
  const timings: Record<string, number> = {};
  let start = performance.now();
  const { load, service } = loadAndResolve(file);
  timings.load = performance.now() - start;
  if (!service) return { file, prefix: '', files: [], problems: load.problems, timings };
  const files: GeneratedFile[] = [];
  for (const emitter of emitters) {
    start = performance.now();
    const emitted = emitter.emit(service, emitOptions).map((f) => ({ ...f, path: `${service.prefix}/${f.path}` }));
    timings[`emit:${emitter.name}`] = performance.now() - start;
    start = performance.now();
    files.push(...(await formatFiles(emitted)));
    timings[`format:${emitter.name}`] = performance.now() - start;
  }
  return { file, prefix: service.prefix, files, problems: load.problems, timings };
}
