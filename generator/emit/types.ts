import type { CodegenContext } from '../context/context.js';

/** A file an emitter wants written, relative to the service folder (the orchestration adds the folder). */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
  /**
   * Code the emitter writes in its final layout (every built-in emitter: their writers lay code and
   * literals out as the project's style has it), or machine-written code that no one reads (ajv's compiled
   * validators): the format step leaves it as emitted. Without the flag (a custom emitter's quick output)
   * the file goes through prettier. Prettier on the built-in files was 40% of a catalog run.
   */
  readonly preformatted?: boolean;
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
