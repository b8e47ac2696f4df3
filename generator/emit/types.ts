import type { CodegenContext } from '../context/context.js';

/** A file an emitter wants written, relative to the service folder (the orchestration adds the folder). */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
  /**
   * Code the emitter writes in its final layout (the client), or machine-written code that no one reads (ajv's
   * compiled validators): the format step leaves it as emitted, since prettier on megabytes of it would
   * dominate the generator's run time.
   */
  readonly preformatted?: boolean;
  /**
   * The same text in every package (the runtime's copies): the format step remembers its result for the
   * whole session, however many other files it formats in between.
   */
  readonly shared?: boolean;
}

/**
 * An emitter: a pure function of the codegen context that declares what it writes. `outputs` are the
 * paths (relative to the service folder; `*` matches within one path segment) its files can have, so that
 * a caller knows what an emitter writes without running it (`diff` runs only those writing `docs/`).
 */
export interface Emitter {
  readonly name: string;
  readonly outputs: readonly string[];
  emit(ctx: CodegenContext): GeneratedFile[];
}

/** Whether a path matches one of an emitter's declared outputs. */
export function declares(emitter: Emitter, path: string): boolean {
  return emitter.outputs.some((pattern) => globToRegExp(pattern).test(path));
}

/** Whether an emitter can write under a folder (e.g. `docs/`). */
export function writesUnder(emitter: Emitter, folder: string): boolean {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return emitter.outputs.some((pattern) => pattern.startsWith(prefix));
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
  return new RegExp(`^${body}$`);
}
