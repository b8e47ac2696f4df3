/**
 * Part (b) of the diff report: the unified diff of the generated R reference pages (every file the
 * registered emitters produce under `docs/` in the service folder) between the old and the new model.
 */
import { createTwoFilesPatch } from 'diff';
import type { Emitter } from '../emit/types.js';
import type { IRService } from '../ir/types.js';
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
export function docsPages(service: IRService, emitters?: readonly Emitter[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const f of emitService(service, emitters)) {
    const rel = f.path.slice(service.prefix.length + 1);
    if (rel.startsWith(DOCS_FOLDER)) pages.set(rel, f.contents);
  }
  return pages;
}

/**
 * Runs each emitter on the old model, then on the new one only the emitters that produced pages (the
 * TypeScript emitters are the costly ones and never write under docs/); all of them when none did.
 */
function pagesOfBoth(old: IRService, neu: IRService, emitters: readonly Emitter[]): [Map<string, string>, Map<string, string>] {
  const before = new Map<string, string>();
  const docsEmitters = emitters.filter((e) => {
    const pages = docsPages(old, [e]);
    for (const [k, v] of pages) before.set(k, v);
    return pages.size > 0;
  });
  return [before, docsPages(neu, docsEmitters.length > 0 ? docsEmitters : emitters)];
}

export function diffDocs(old: IRService, neu: IRService, emitters: readonly Emitter[] = registered): DocDiff[] {
  const [before, after] = pagesOfBoth(old, neu, emitters);
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
