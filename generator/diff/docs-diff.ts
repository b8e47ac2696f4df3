/**
 * Part (b) of the diff report: the unified diff of the generated R reference pages (every file the
 * registered emitters produce under `docs/` in the service folder) between the old and the new model.
 */
import { createTwoFilesPatch } from 'diff';
import type { Emitter } from '../emit/types.js';
import type { IRService } from '../ir/types.js';
import { emitters as registered } from '../emit/index.js';
import { emitService } from '../pipeline.js';
import { reach } from './walk.js';

export interface DocDiff {
  /** Relative to the service folder, e.g. `docs/voiceid_create_domain.Rd`. */
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly patch: string;
}

export const DOCS_FOLDER = 'docs/';

/** The docs pages of a service, by path relative to its folder. */
export function docsPages(service: IRService, emitters?: readonly Emitter[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const f of emitService(service, emitters)) {
    const rel = f.path.slice(service.prefix.length + 1);
    if (rel.startsWith(DOCS_FOLDER)) pages.set(rel, f.contents);
  }
  return pages;
}

/** A small service for probing: the first operation and the shapes it reaches (a closed subset). */
function probeService(service: IRService): IRService {
  const op = service.operations[0];
  if (!op) return service;
  const keep = new Set([...reach({ ...service, operations: [op] }).keys()]);
  const shapes = new Map([...service.shapes].filter(([name]) => keep.has(name)));
  return { ...service, operations: [op], shapes, shape: (name: string) => shapes.get(name) ?? service.shape(name) };
}

/**
 * The emitters that write pages under docs/, found by running each on a one-operation probe, so the
 * costly ones (TypeScript, on a large model) do not run twice for nothing. An emitter the probe upsets
 * is kept, to be safe.
 */
export function pageEmitters(service: IRService, emitters: readonly Emitter[]): Emitter[] {
  const probe = probeService(service);
  return emitters.filter((e) => {
    try {
      return docsPages(probe, [e]).size > 0;
    } catch {
      return true;
    }
  });
}

export function diffDocs(old: IRService, neu: IRService, emitters: readonly Emitter[] = registered): DocDiff[] {
  const used = pageEmitters(old, emitters);
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
