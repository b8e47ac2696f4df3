/**
 * `generate --watch`: watches the models and the templates, and after a quiet period (debounce) runs the
 * pipeline and syncs the output (only changed files are rewritten). Errors are reported as events and the
 * watcher keeps going; a change that arrives during a run triggers one more run after it.
 */
import { resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { templatesDir } from '../paths.js';
import { ModelValidationError, type ModelError } from '../validate/errors.js';
import { syncOutput, type WriteReport } from '../write/writer.js';
import { defaultRegenerator, type Regenerator } from './regenerator.js';
import { sidecarPaths } from '../load/load-model.js';

export type WatchEvent =
  | { readonly kind: 'change'; readonly paths: readonly string[] }
  | { readonly kind: 'generated'; readonly report: WriteReport; readonly files: number; readonly ms: number }
  | { readonly kind: 'error'; readonly message: string; readonly problems: readonly ModelError[] };

export interface WatchOptions {
  readonly models: readonly string[];
  readonly out: string;
  /** Folders or files of templates; a change there also reloads the generator. Default: `templates/`. */
  readonly templates?: readonly string[];
  readonly debounceMs?: number;
  readonly regenerator?: Regenerator;
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
  const regen = opts.regenerator ?? defaultRegenerator();
  const changed = new Set<string>();
  let templatesChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const generate = async (): Promise<void> => {
    const started = Date.now();
    try {
      if (templatesChanged) await regen.reset();
      templatesChanged = false;
      const files = await regen.run(opts.models);
      const report = syncOutput(opts.out, files, { allFolders: opts.allFolders });
      opts.onEvent({ kind: 'generated', report, files: files.length, ms: Date.now() - started });
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
    clearTimeout(timer);
    timer = setTimeout(kick, debounceMs);
  };

  const fsw: FSWatcher = watch([...opts.models.flatMap(modelInputs), ...templates], { ignoreInitial: true });
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
      await regen.close();
    },
  };
}
