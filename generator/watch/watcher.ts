/**
 * `generate --watch`: watches the models and the templates, and after a quiet period (debounce) runs the
 * orchestration and writes the output (only changed files are rewritten). Errors are reported as events
 * and the watcher keeps going; a change that arrives during a run triggers one more run after it. The
 * watcher owns the session of the work done in this thread: a template edit clears it, so the next run
 * compiles the edited templates (no restart, no worker to replace). A link map (`--links`) is watched too:
 * an edit applies at the next run; a map that does not read is an error event and the output stays.
 */
import { resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { EmitOptions } from '../context/context.js';
import { GeneratorSession } from '../context/session.js';
import type { Emitter } from '../emit/types.js';
import { sidecarPaths } from '../load/sidecars.js';
import { templatesDir } from '../paths.js';
import { readLinkMap } from '../links/link-map.js';
import type { LinkMap } from '../links/types.js';
import { generateInto } from '../scale/output.js';
import { ModelValidationError, type ModelError } from '../validate/errors.js';
import type { WriteReport } from '../write/writer.js';

export type WatchEvent =
  | { readonly kind: 'change'; readonly paths: readonly string[] }
  | { readonly kind: 'generated'; readonly report: WriteReport; readonly files: number; readonly ms: number }
  | { readonly kind: 'error'; readonly message: string; readonly problems: readonly ModelError[] };

export interface WatchOptions {
  readonly models: readonly string[];
  readonly out: string;
  /** Folders or files of templates; a change there clears the session's caches. Default: `templates/`. */
  readonly templates?: readonly string[];
  readonly debounceMs?: number;
  /** Emit options (links, a templates folder). */
  readonly options?: EmitOptions;
  /** A link-map file (`--links`), read at the first run and again whenever it changes. */
  readonly links?: string;
  /** Custom emitters (tests); default: the registered ones. */
  readonly emitters?: readonly Emitter[];
  /** Worker threads for many models (default: in this thread for one model, one per core for several). */
  readonly jobs?: number;
  /** Remove the output of services whose model is gone (as `generate` without arguments does). */
  readonly allFolders?: boolean;
  readonly onEvent: (event: WatchEvent) => void;
}

export interface Watcher {
  /** Resolves once the first generation is done and the files are watched. */
  readonly ready: Promise<void>;
  /** Resolves when no run is scheduled or in progress. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The files a model is read from: itself and, for an AWS JSON model, its examples and paginators beside it. */
export function modelInputs(model: string): string[] {
  const abs = resolve(model);
  const sidecars = sidecarPaths(abs);
  return sidecars ? [abs, sidecars.examples, sidecars.paginators] : [abs];
}

export function startWatch(opts: WatchOptions): Watcher {
  const debounceMs = opts.debounceMs ?? 100;
  const templates = (opts.templates ?? [templatesDir]).map((t) => resolve(t));
  const session = new GeneratorSession();
  const linksFile = opts.links === undefined ? undefined : resolve(opts.links);
  let linkMap: LinkMap | undefined;
  let linksChanged = linksFile !== undefined;
  const changed = new Set<string>();
  let templatesChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const generate = async (): Promise<void> => {
    const started = Date.now();
    if (templatesChanged) session.clear();
    templatesChanged = false;
    try {
      if (linksChanged) {
        linkMap = readLinkMap(linksFile!);
        linksChanged = false;
      }
      const options = linkMap === undefined ? opts.options : { ...opts.options, links: linkMap };
      const outcome = await generateInto({ models: opts.models, out: opts.out, allFolders: opts.allFolders, emitters: opts.emitters, options, jobs: opts.jobs, session });
      if (outcome.kind === 'invalid') throw new ModelValidationError(outcome.result.problems.filter((p) => p.severity === 'error'));
      if (outcome.kind !== 'written') return;
      opts.onEvent({ kind: 'generated', report: outcome.report, files: outcome.result.files.length, ms: Date.now() - started });
    } catch (e) {
      const problems = e instanceof ModelValidationError ? e.errors : [];
      opts.onEvent({ kind: 'error', message: (e as Error).message, problems });
    }
  };
  const kick = (): void => {
    timer = undefined;
    if (closed) return;
    if (running) { again = true; return; }
    running = (async () => {
      do {
        again = false;
        const paths = [...changed].sort();
        changed.clear();
        if (paths.length > 0) opts.onEvent({ kind: 'change', paths });
        await generate();
      } while (again && !closed);
      running = undefined;
    })();
  };
  const onFsEvent = (_event: string, path: string): void => {
    const abs = resolve(path);
    changed.add(abs);
    if (templates.some((t) => abs === t || abs.startsWith(t + sep))) templatesChanged = true;
    if (abs === linksFile) linksChanged = true;
    clearTimeout(timer);
    timer = setTimeout(kick, debounceMs);
  };

  const fsw: FSWatcher = watch([...opts.models.flatMap(modelInputs), ...templates, ...(linksFile ? [linksFile] : [])], { ignoreInitial: true });
  fsw.on('all', onFsEvent);
  const watching = new Promise<void>((res) => fsw.once('ready', () => res()));
  kick();
  const ready = Promise.all([watching, running]).then(() => undefined);

  return {
    ready,
    async idle() {
      while (timer !== undefined || running) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, debounceMs));
      }
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await fsw.close();
      if (running) await running;
    },
  };
}
