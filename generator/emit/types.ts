import type { IRService } from '../ir/types.js';

/** A file an emitter wants written, relative to the output directory. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
  /**
   * Code the emitter writes in its final layout (the client), or machine-written code that no one reads (ajv's
   * compiled validators): the format step leaves it as emitted, since prettier on megabytes of it would
   * dominate the generator's run time.
   */
  readonly preformatted?: boolean;
}

/** Emitters are pure: IR in, files out. Only the writer touches the disk. */
export interface Emitter {
  readonly name: string;
  emit(service: IRService): GeneratedFile[];
}
