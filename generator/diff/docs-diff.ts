/**
 * Part (b) of the diff report: the unified diff of the generated R reference pages (every file the
 * registered emitters produce under `docs/` in the service folder) between the old and the new model.
 */
import { createTwoFilesPatch } from 'diff';
import type { CodegenContext } from '../context/context.js';
import { writesUnder, type Emitter } from '../emit/types.js';
import { emitters as registered } from '../emit/index.js';
import { emitService } from '../pipeline.js';

export interface DocDiff {
  /** Relative to the service folder, e.g. `docs/voiceid_create_domain.Rd`. */
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly patch: string;
}

export const DOCS_FOLDER = 'docs/';

/** The docs pages of a service, by path relative to its folder. */
export function docsPages(ctx: CodegenContext, emitters: readonly Emitter[] = registered): Map<string, string> {
  const pages = new Map<string, string>();
  for (const f of emitService(ctx, emitters)) {
    const rel = f.path.slice(ctx.symbols.serviceDir.length + 1);
    if (rel.startsWith(DOCS_FOLDER)) pages.set(rel, f.contents);
  }
  return pages;
}

/** The emitters that write pages under docs/, as they declare (none is run to find out). */
export function pageEmitters(emitters: readonly Emitter[]): Emitter[] {
  return emitters.filter((e) => writesUnder(e, DOCS_FOLDER));
}

export function diffDocs(old: CodegenContext, neu: CodegenContext, emitters: readonly Emitter[] = registered): DocDiff[] {
  const used = pageEmitters(emitters);
  const before = docsPages(old, used), after = docsPages(neu, used);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: DocDiff[] = [];
  for (const path of paths) {
    const a = before.get(path), b = after.get(path);
    if (a === b) continue;
    const status = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    const patch = createTwoFilesPatch(
      a === undefined ? '/dev/null' : `a/${path}`,
      b === undefined ? '/dev/null' : `b/${path}`,
      a ?? '',
      b ?? '',
      undefined,
      undefined,
      { context: 3 },
    );
    // Drop the `Index:`/`===` preamble: what remains is a plain unified diff (`---`, `+++`, hunks).
    out.push({ path, status, patch: patch.replace(/^(?:Index:.*\n)?=+\n/, '') });
  }
  return out;
}
