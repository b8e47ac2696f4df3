/** The terminal side of `generate --watch`: prints what each run did, and errors, until interrupted. */
import { formatError } from '../validate/errors.js';
import { startWatch, type WatchEvent } from './watcher.js';

export function describeWatchEvent(e: WatchEvent): string {
  switch (e.kind) {
    case 'change':
      return `shapegen: changed: ${e.paths.join(', ')}`;
    case 'generated': {
      const r = e.report;
      return `shapegen: generated ${e.files} file(s) in ${e.ms} ms: ${r.written.length} written, ${r.unchanged.length} unchanged, ${r.removed.length} removed`;
    }
    case 'error': {
      const detail = e.problems.length > 0 ? e.problems.map(formatError).join('\n') : e.message;
      return `${detail}\nshapegen: generation failed; the previous output is unchanged. Waiting for changes...`;
    }
  }
}

/** Runs until SIGINT/SIGTERM; never exits on a model error. Returns the exit status (0). */
export async function watchCommand(models: string[], out: string, debounceMs: number, allFolders: boolean, links?: string): Promise<number> {
  const watcher = startWatch({
    models,
    out,
    debounceMs,
    allFolders,
    links,
    onEvent: (e) => (e.kind === 'error' ? process.stderr : process.stdout).write(describeWatchEvent(e) + '\n'),
  });
  await watcher.ready;
  process.stdout.write(`shapegen: watching ${models.length} model(s), the templates${links === undefined ? '' : ' and the link map'}; Ctrl-C to stop.\n`);
  await new Promise<void>((res) => {
    process.once('SIGINT', res);
    process.once('SIGTERM', res);
  });
  await watcher.close();
  return 0;
}
