import type { IRService } from '../ir/types.js';
import type { LinkMap } from '../links/link-map.js';
import type { DocsCache } from './docs/templates.js';

/** A file an emitter wants written, relative to the output directory. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
  /**
   * Machine-written code that no one reads (ajv's compiled validators): the format step leaves it as emitted,
   * since prettier on megabytes of it would dominate the generator's run time.
   */
  readonly preformatted?: boolean;
}

/**
 * What a generation run hands every emitter besides the IR (docs helper, issue 11; to move into the
 * CodegenContext): the link map of `generate --links`, and the docs emitter's per-run cache.
 */
export interface EmitOptions {
  readonly links?: LinkMap;
  readonly docsCache?: DocsCache;
}

/** Emitters are pure: IR in, files out. Only the writer touches the disk. */
export interface Emitter {
  readonly name: string;
  emit(service: IRService, options?: EmitOptions): GeneratedFile[];
}
