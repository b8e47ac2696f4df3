import type { IRService } from '../ir/types.js';

/** A file an emitter wants written, relative to the output directory. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** Emitters are pure: IR in, files out. Only the writer touches the disk. */
export interface Emitter {
  readonly name: string;
  emit(service: IRService): GeneratedFile[];
}
